import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import kz.koshi.KoshiApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Checkpoint simulator (issue 18): K border posts publish crossings to the crossings topic of a Kafka broker, and
 * Koshi (started in this JVM on PostgreSQL, postgres profile, with the feed bound to the border service) consumes them.
 * Measures the end-to-end rate (first record published to last crossing stored) and the consumer lag (records
 * published but not yet committed by Koshi's group), sampled every 500 ms. The broker is an embedded KRaft broker
 * (spring-kafka-test) unless -Dbootstrap=host:port names a real one. Each traveller's records are keyed by the
 * document, so an exit follows its entry. A warm-up of W crossings goes first and is not counted.
 * java -cp target/classes:TESTCLASSPATH bench/CheckpointSimulator.java POSTS CROSSINGS WARMUP PARTITIONS
 */
public class CheckpointSimulator {

    static final String TOPIC = "koshi.border.crossings";
    static final String[] SURNAMES = {"ABDULLAEV", "BEKMURODOV", "CHORIEV", "DAVLATOV", "ERGASHEV", "FAYZIEV", "GAFUROV",
            "HAMROEV", "IBRAGIMOV", "JALOLOV", "KARIMOV", "LATIPOV", "MAHMUDOV", "NAZAROV", "OLIMOV", "POLVONOV", "QODIROV",
            "RAHIMOV", "SAIDOV", "TURSUNOV", "IVANOV", "PETROV", "SMIRNOV", "KUZNETSOV", "POPOV", "WANG", "LI", "ZHANG",
            "YILMAZ", "KAYA", "DEMIR", "SAHIN", "ALIEV", "MAMEDOV", "HASANOV", "USMONOV", "ASANOV", "TOKTOGULOV", "SYDYKOV", "OSMONOV"};
    static final String[] GIVEN = {"ANVAR", "BOBUR", "DAVRON", "ELDOR", "FARHOD", "GAYRAT", "HUSNIDDIN", "ILHOM", "JAMSHID", "KOMIL",
            "SERGEY", "ALEKSEY", "DMITRIY", "OLGA", "ELENA", "WEI", "MING", "MEHMET", "AHMET", "AYSE", "RUSLAN", "NURLAN",
            "AZAMAT", "BAKYT", "ELMIRA", "GULNARA", "DILNOZA", "ZARINA", "MADINA", "TIMUR"};
    static final String[] COUNTRIES = {"UZB", "TJK", "KGZ", "RUS", "CHN", "TUR", "AZE"};

    public static void main(String[] args) throws Exception {
        int posts = Integer.parseInt(args[0]);
        int measured = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int partitions = Integer.parseInt(args[3]);
        String bootstrap = System.getProperty("bootstrap");
        EmbeddedKafkaKraftBroker broker = null;
        if (bootstrap == null) {
            broker = new EmbeddedKafkaKraftBroker(1, partitions, TOPIC, TOPIC + ".DLT");
            broker.afterPropertiesSet();
            bootstrap = broker.getBrokersAsString();
        } else {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1), new NewTopic(TOPIC + ".DLT", 1, (short) 1))).all().get();
            }
        }
        System.out.printf("broker %s, topic %s with %d partitions; load average %s%n", bootstrap, TOPIC, partitions, load());
        ConfigurableApplicationContext koshi = new SpringApplicationBuilder(KoshiApplication.class).profiles("postgres").run(
                "--server.port=" + System.getProperty("port", "18097"), "--koshi.kafka.enabled=true",
                "--spring.kafka.bootstrap-servers=" + bootstrap, "--koshi.kafka.feeds.posts.kind=CROSSINGS",
                "--koshi.kafka.feeds.posts.topic=" + TOPIC, "--koshi.kafka.feeds.posts.agency=KNB-BORDER",
                "--koshi.kafka.feeds.posts.concurrency=" + System.getProperty("consumers", "1"));
        JdbcClient jdbc = koshi.getBean(JdbcClient.class);
        List<String> checkpoints = jdbc.sql("select code from border_checkpoint order by code").query(String.class).list();
        List<List<ProducerRecord<String, String>>> traffic = traffic(checkpoints, posts, warmup + measured, new Random(18));

        var first = split(traffic, 0, warmup);
        var second = split(traffic, warmup, warmup + measured);
        long warmed = run(bootstrap, jdbc, first, size(first), 0, "warm-up");
        run(bootstrap, jdbc, second, size(second), warmed, "MEASURED");
        System.out.println("stored in all: crossings " + stored(jdbc) + ", persons "
                + jdbc.sql("select count(*) from identity_person").query(Long.class).single() + ", cards "
                + jdbc.sql("select count(*) from border_card").query(Long.class).single() + ", dead letters: none expected");
        koshi.close();
        if (broker != null) {
            broker.destroy();
        }
    }

    /** Publishes each post's records from its own thread and producer, and waits until Koshi has stored them all. */
    static long run(String bootstrap, JdbcClient jdbc, List<List<ProducerRecord<String, String>>> posts, int count, long before,
                    String phase) throws Exception {
        String loadBefore = load();
        long start = System.nanoTime();
        AtomicLong published = new AtomicLong();
        List<Thread> senders = new ArrayList<>();
        for (List<ProducerRecord<String, String>> post : posts) {
            senders.add(Thread.ofPlatform().start(() -> {
                try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
                    post.forEach(producer::send);
                    producer.flush();
                    published.addAndGet(post.size());
                }
            }));
        }
        long maxLag = 0;
        long publishedAt = 0;
        List<String> samples = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long last = -1;
            long lastChange = System.nanoTime();
            for (long now = stored(jdbc); now < before + count; now = stored(jdbc)) {
                if (now != last) {
                    last = now;
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange > 120e9) {
                    System.out.printf("%s: nothing stored for 120 s at %d of %d; given up%n", phase, now - before, count);
                    break;
                }
                Thread.sleep(500);
                long lag = lag(admin);
                maxLag = Math.max(maxLag, lag);
                if (publishedAt == 0 && published.get() == count) {
                    publishedAt = System.nanoTime();
                }
                if (samples.size() < 400) {
                    samples.add(String.format("%.1fs:%d", (System.nanoTime() - start) / 1e9, lag));
                }
            }
        }
        for (Thread t : senders) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double publishSeconds = ((publishedAt == 0 ? System.nanoTime() : publishedAt) - start) / 1e9;
        System.out.printf("%s: %d crossings from %d posts: published in %.1f s (%.0f/s), stored end to end in %.1f s = %.0f crossings/s;"
                + " max consumer lag %d records; load average before %s, after %s%n", phase, count, posts.size(), publishSeconds,
                count / publishSeconds, seconds, count / seconds, maxLag, loadBefore, load());
        System.out.println(phase + " lag (time since first publish: records not yet committed): " + String.join(" ", samples));
        return before + count;
    }

    static int size(List<List<ProducerRecord<String, String>>> posts) {
        return posts.stream().mapToInt(List::size).sum();
    }

    static long stored(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from border_crossing where channel = 'KAFKA'").query(Long.class).single();
    }

    static long lag(Admin admin) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets("koshi").partitionsToOffsetAndMetadata().get()
                .forEach((tp, o) -> committed.put(tp, o == null ? 0 : o.offset()));
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            lag += end.getValue().offset() - committed.getOrDefault(end.getKey(), 0L);
        }
        return lag;
    }

    /**
     * Travellers of the simulated posts: each crosses in at a random instant of the last 80 days (older than the live
     * window), and every third crosses out again 1-10 days later at the same post; the records of a post keep their
     * order, keyed by the document. {@code total} records in all, dealt to the posts in turn.
     */
    static List<List<ProducerRecord<String, String>>> traffic(List<String> checkpoints, int posts, int total, Random random) {
        List<List<ProducerRecord<String, String>>> byPost = new ArrayList<>();
        for (int p = 0; p < posts; p++) {
            byPost.add(new ArrayList<>());
        }
        Instant now = Instant.now();
        int made = 0;
        for (int traveller = 0; made < total; traveller++) {
            int post = traveller % posts;
            String checkpoint = checkpoints.get(post % checkpoints.size());
            String document = "S" + (10_000_000 + traveller);
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String person = "\"document\":{\"type\":\"PASSPORT\",\"number\":\"" + document + "\",\"issuingCountry\":\"" + country
                    + "\"},\"surname\":\"" + SURNAMES[random.nextInt(SURNAMES.length)] + "\",\"givenNames\":\"" + GIVEN[random.nextInt(GIVEN.length)]
                    + "\",\"birthDate\":\"" + LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)) + "\",\"sex\":\""
                    + (random.nextBoolean() ? "M" : "F") + "\",\"citizenship\":\"" + country + "\",\"purpose\":\"WORK\"";
            Instant entry = now.minus(Duration.ofHours(2)).minusSeconds(random.nextLong(80L * 86_400));
            byPost.get(post).add(new ProducerRecord<>(TOPIC, document, "{\"direction\":\"ENTRY\",\"checkpoint\":\"" + checkpoint
                    + "\",\"occurredAt\":\"" + entry + "\"," + person + "}"));
            made++;
            Instant exit = entry.plus(Duration.ofDays(1 + random.nextInt(10)));
            if (traveller % 3 == 0 && made < total && exit.isBefore(now.minus(Duration.ofHours(2)))) {
                byPost.get(post).add(new ProducerRecord<>(TOPIC, document, "{\"direction\":\"EXIT\",\"checkpoint\":\"" + checkpoint
                        + "\",\"occurredAt\":\"" + exit + "\"," + person + "}"));
                made++;
            }
        }
        return byPost;
    }

    /** Records {@code from} to {@code to} of the whole traffic, each post's share in its order. */
    static List<List<ProducerRecord<String, String>>> split(List<List<ProducerRecord<String, String>>> traffic, int from, int to) {
        int total = traffic.stream().mapToInt(List::size).sum();
        List<List<ProducerRecord<String, String>>> part = new ArrayList<>();
        for (List<ProducerRecord<String, String>> post : traffic) {
            int a = (int) ((long) post.size() * from / total);
            int b = (int) ((long) post.size() * to / total);
            part.add(post.subList(a, b));
        }
        return part;
    }

    static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "?";
        }
    }
}
