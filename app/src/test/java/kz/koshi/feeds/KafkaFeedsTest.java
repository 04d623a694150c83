package kz.koshi.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import kz.koshi.TestProfiles;
import kz.koshi.border.CrossingIntake;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * The Kafka path against a real broker (an embedded KRaft broker from spring-kafka-test): a producer publishes to the
 * feed's topic, Koshi's consumer stores into the database. Per-key order, duplicates stored once, bad records on the
 * dead-letter topic with their ProblemDetail while the feed goes on, and a consumer stopped in the middle of a batch
 * (some chunks stored, the offsets not committed) that starts again with nothing lost and nothing doubled. The context
 * (its broker and consumers) is closed after the class, so the rest of the build does not carry them.
 */
@SpringBootTest(properties = {"koshi.kafka.enabled=true", "koshi.kafka.chunk=10", "koshi.kafka.retry-interval=20s",
        "koshi.kafka.feeds.posts.kind=CROSSINGS", "koshi.kafka.feeds.posts.topic=" + KafkaFeedsTest.CROSSINGS,
        "koshi.kafka.feeds.posts.agency=KNB-BORDER", "koshi.kafka.feeds.posts.concurrency=2",
        "koshi.kafka.feeds.police.kind=SOURCE_RECORDS", "koshi.kafka.feeds.police.topic=" + KafkaFeedsTest.RECORDS,
        "koshi.kafka.feeds.police.agency=MVD-MIGRATION", "spring.kafka.consumer.max-poll-records=40",
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=ERROR",
        "logging.level.org.apache.kafka.controller=ERROR", "logging.level.org.apache.kafka.metadata=ERROR"})
@EmbeddedKafka(partitions = 3, topics = {KafkaFeedsTest.CROSSINGS, KafkaFeedsTest.CROSSINGS + ".DLT", KafkaFeedsTest.RECORDS,
        KafkaFeedsTest.RECORDS + ".DLT"}, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles(resolver = TestProfiles.class)
@DirtiesContext
@Tag("db")
class KafkaFeedsTest {

    static final String CROSSINGS = "test.border.crossings";
    static final String RECORDS = "test.identity.police";

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedConsumers feeds;
    @MockitoSpyBean
    CrossingIntake intake;

    @AfterEach
    void feedsRunning() {
        if (!feeds.feed("posts").isRunning()) {
            feeds.feed("posts").start();
        }
    }

    @Test
    void oneTravellersCrossingsAreStoredInTheOrderTheyWerePublished() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            for (int t = 0; t < 30; t++) {
                String document = "KO" + (1_000_000 + t);
                records.add(new ProducerRecord<>(CROSSINGS, document, crossing(step % 2 == 0 ? "ENTRY" : "EXIT", document,
                        Instant.parse("2026-10-01T06:00:00Z").plus(Duration.ofHours(step)), "ROAD-ZHIBEK")));
            }
        }
        publish(records);

        await(() -> stored("KO1%") == 120);
        List<String> directions = jdbc.sql("select document_number, direction from border_crossing where document_number like 'KO1%' "
                + "order by document_number, id").query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list();
        for (int t = 0; t < 30; t++) {
            String document = "KO" + (1_000_000 + t);
            assertThat(directions.subList(4 * t, 4 * t + 4)).as(document)
                    .containsExactly(document + ":ENTRY", document + ":EXIT", document + ":ENTRY", document + ":EXIT");
        }
        assertThat(jdbc.sql("select count(*) from (select document_number from border_crossing where document_number like 'KO1%' "
                + "group by document_number having count(distinct person_number) > 1) split").query(Long.class).single())
                .as("a traveller's four crossings are one person's").isZero();
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number like 'KO1%' and channel = 'KAFKA'")
                .query(Long.class).single()).isEqualTo(120);
    }

    @Test
    void aRecordPublishedTwiceIsStoredOnce() {
        String once = crossing("ENTRY", "KD2000101", Instant.parse("2026-10-02T06:00:00Z"), "ROAD-ZHIBEK");
        String record = record("migration_police", "KD-REC-1", "TWICEOV");
        publish(List.of(new ProducerRecord<>(CROSSINGS, "KD2000101", once), new ProducerRecord<>(CROSSINGS, "KD2000101", once),
                new ProducerRecord<>(CROSSINGS, "KD2000101", once), new ProducerRecord<>(RECORDS, "KD-REC-1", record),
                new ProducerRecord<>(RECORDS, "KD-REC-1", record),
                new ProducerRecord<>(CROSSINGS, "KD2000102", crossing("ENTRY", "KD2000102", Instant.parse("2026-10-02T07:00:00Z"), "ROAD-ZHIBEK")),
                new ProducerRecord<>(RECORDS, "KD-REC-2", record("migration_police", "KD-REC-2", "AFTEROV"))));

        await(() -> stored("KD2%") == 2 && sourceRecords("KD-REC-%") == 2);
        assertThat(stored("KD2000101")).isEqualTo(1);
        assertThat(sourceRecords("KD-REC-1")).isEqualTo(1);
        assertThat(deadLetters(CROSSINGS + ".DLT", Duration.ofSeconds(2), "KD", 1)).noneMatch(r -> r.key().startsWith("KD"));
    }

    @Test
    void aRecordThatCannotBeAcceptedGoesToTheDeadLetterTopicWithItsProblemAndTheFeedGoesOn() {
        publish(List.of(new ProducerRecord<>(CROSSINGS, "KX3000201", "{\"direction\": \"ENTRY\", \"checkpoint\": "),
                new ProducerRecord<>(CROSSINGS, "KX3000202", crossing("ENTRY", "KX3000202", Instant.parse("2026-10-03T06:00:00Z"), "ROAD-NOWHERE")),
                new ProducerRecord<>(CROSSINGS, "KX3000203", crossing("ENTRY", "KX3000203", Instant.parse("2026-10-03T06:00:00Z"), "ROAD-ZHIBEK")
                        .replace("\"surname\": \"" + SURNAMES[3] + "\"", "\"surname\": \"\"")),
                new ProducerRecord<>(CROSSINGS, "KX3000204", crossing("ENTRY", "KX3000204", Instant.parse("2026-10-03T07:00:00Z"), "ROAD-ZHIBEK")),
                new ProducerRecord<>(RECORDS, "KX-REC-1", record("border", "KX-REC-1", "SPOOFOV")),
                new ProducerRecord<>(RECORDS, "KX-REC-2", record("migration_police", "KX-REC-2", "LATEOV").replace("1990-03-04", "1990-02-30")),
                new ProducerRecord<>(RECORDS, "KX-REC-3", record("migration_police", "KX-REC-3", "GOODOV"))));

        await(() -> stored("KX3000204") == 1 && sourceRecords("KX-REC-3") == 1);
        assertThat(stored("KX3%")).isEqualTo(1);
        assertThat(sourceRecords("KX-REC-%")).isEqualTo(1);

        Map<String, String> crossingProblems = problems(deadLetters(CROSSINGS + ".DLT", Duration.ofSeconds(20), "KX3", 3), "KX3", 3);
        assertThat(crossingProblems.get("KX3000201")).contains("\"title\":\"Unreadable record\"", "\"status\":400");
        assertThat(crossingProblems.get("KX3000202")).contains("\"field\":\"checkpoint\"", "\"status\":400");
        assertThat(crossingProblems.get("KX3000203")).contains("\"field\":\"surname\"");
        Map<String, String> recordProblems = problems(deadLetters(RECORDS + ".DLT", Duration.ofSeconds(20), "KX-REC", 2), "KX-REC", 2);
        assertThat(recordProblems.get("KX-REC-1")).contains("\"status\":403", "\"field\":\"source\"");
        assertThat(recordProblems.get("KX-REC-2")).contains("\"status\":400", "birthDate");
    }

    @Test
    void aConsumerStoppedInTheMiddleOfABatchStartsAgainWithNothingLostOrDoubled() throws Exception {
        AtomicInteger chunks = new AtomicInteger();
        AtomicBoolean crashed = new AtomicBoolean();
        AtomicLong storedAtCrash = new AtomicLong();
        doAnswer(call -> {
            Object outcomes = call.callRealMethod();
            if (chunks.incrementAndGet() == 2 && !crashed.get()) {
                storedAtCrash.set(stored("KC4%"));
                crashed.set(true);
                throw new TransientDataAccessResourceException("the node went down after this chunk was stored");
            }
            return outcomes;
        }).when((CrossingIntake) AopTestUtils.getUltimateTargetObject(intake)).recordBatch(anyList(), eq(CrossingFeed.CHANNEL));
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String document = "KC" + (4_000_300 + i);
            records.add(new ProducerRecord<>(CROSSINGS, document, crossing("ENTRY", document, Instant.parse("2026-10-04T06:00:00Z").plusSeconds(i), "ROAD-ZHIBEK")));
        }
        publish(records);

        await(crashed::get);
        feeds.feed("posts").stop();
        assertThat(storedAtCrash.get()).as("some chunks of the batch were stored before the crash").isBetween(10L, 89L);
        assertThat(committed()).as("the batch's offsets were not committed").isLessThan(end());

        feeds.feed("posts").start();
        await(() -> stored("KC4%") == 90 && committed() == end());
        assertThat(jdbc.sql("select count(*) - count(distinct document_number) from border_crossing where document_number like 'KC4%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*), count(distinct source_record_id) from identity_source_record "
                + "where source = 'border' and source_record_id like 'UZB:KC4%'").query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single()).as("each traveller resolved once").containsExactly(90L, 90L);
        assertThat(jdbc.sql("select count(*) from border_card where person_number in "
                + "(select person_number from border_crossing where document_number like 'KC4%')").query(Long.class).single())
                .as("one card a person").isEqualTo(jdbc.sql("select count(distinct person_number) from border_crossing "
                        + "where document_number like 'KC4%'").query(Long.class).single());
    }

    static final String[] SURNAMES = {"ABILOV", "BAYMUKHANOV", "DZHUMABAEV", "ESENOV", "ZHAKUPOV", "ISMAILOV", "KAIRBEKOV",
            "LESBEKOV", "MUKANOV", "NURLANOV", "ORAZBAEV", "PAZYLOV", "RYSKULOV", "SADYKOV", "TOKTAROV", "UMAROV", "VALIEV",
            "YERMEKOV", "ZAKIROV", "SHAKENOV"};
    static final String[] GIVEN = {"ALMAS", "BAURZHAN", "DAMIR", "ERLAN", "GALYM", "KANAT", "MARAT", "NURBOL", "RUSLAN", "TIMUR"};

    /** A traveller of their own, by the number's last three digits (each test uses its own hundreds). */
    static String crossing(String direction, String number, Instant at, String checkpoint) {
        int i = Integer.parseInt(number.substring(number.length() - 3));
        return """
                {"direction": "%s", "checkpoint": "%s", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB", "expiresOn": "2031-05-01"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "M",
                 "citizenship": "UZB", "purpose": "WORK", "accompanyingMinors": []}"""
                .formatted(direction, checkpoint, at, number, SURNAMES[i % 20], GIVEN[(i / 20) % 10],
                        LocalDate.of(1950, 1, 1).plusDays(53L * i));
    }

    static String record(String source, String id, String surname) {
        return """
                {"source": "%s", "recordId": "%s", "surname": "%s", "givenName": "RUSTAM", "birthDate": "1990-03-04",
                 "sex": "M", "citizenship": "TJK", "documentNumber": "%s"}""".formatted(source, id, surname, id.replace("-", ""));
    }

    private void publish(List<ProducerRecord<String, String>> records) {
        Map<String, Object> config = KafkaTestUtils.producerProps(broker);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /** The dead-letter topic's records, read until {@code wait} has passed or {@code expected} keys begin with {@code prefix}. */
    private List<ConsumerRecord<String, String>> deadLetters(String topic, Duration wait, String prefix, int expected) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "test-" + System.nanoTime(), false);
        config.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && all.stream().map(ConsumerRecord::key).filter(k -> k.startsWith(prefix)).distinct().count() < expected) {
                consumer.poll(Duration.ofMillis(300)).forEach(all::add);
            }
            return all;
        }
    }

    private static Map<String, String> problems(List<ConsumerRecord<String, String>> letters, String prefix, int expected) {
        Map<String, String> problems = new java.util.HashMap<>();
        letters.stream().filter(r -> r.key().startsWith(prefix)).forEach(r -> {
            assertThat(new String(r.headers().lastHeader(DeadLetters.TOPIC).value(), StandardCharsets.UTF_8)).isEqualTo(
                    prefix.startsWith("KX3") ? CROSSINGS : RECORDS);
            problems.put(r.key(), new String(r.headers().lastHeader(DeadLetters.PROBLEM).value(), StandardCharsets.UTF_8));
        });
        assertThat(problems).hasSize(expected);
        return problems;
    }

    private long committed() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
                return admin.listConsumerGroupOffsets("koshi").partitionsToOffsetAndMetadata().get().entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(CROSSINGS)).mapToLong(e -> e.getValue().offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long end() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                for (int p = 0; p < 3; p++) {
                    latest.put(new TopicPartition(CROSSINGS, p), OffsetSpec.latest());
                }
                return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long stored(String documents) {
        return jdbc.sql("select count(*) from border_crossing where document_number like ?").param(documents).query(Long.class).single();
    }

    private long sourceRecords(String ids) {
        return jdbc.sql("select count(*) from identity_source_record where source_record_id like ?").param(ids).query(Long.class).single();
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 45 s").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
