package kz.koshi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditLog;
import kz.koshi.audit.ChainVerification;
import kz.koshi.border.card.CardKeyStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Koshi nodes (two application contexts, each with its own port and connection pool) on one PostgreSQL database,
 * as behind a load balancer: the same travellers' crossings go to both at once over real HTTP, and the once-only
 * guarantees hold across the nodes; a scheduled job fired on both at the same moment runs once; a session made on one
 * node serves on the other; a card signed on one verifies on the other; the public site's per-address limit holds for
 * both nodes together. PostgreSQL only (the build's second test run,
 * KOSHI_TEST_POSTGRES; KOSHI_TEST_POSTGRES_NODES may name another database): the embedded H2 database is one process's
 * memory, which two nodes cannot share the way production nodes share a server, so on H2 the test is skipped.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    static final int PERSONS = 50;
    static final String BORDER = "Bearer koshi-demo-border";
    static final String POLICE = "Bearer koshi-demo-police";
    static final String[] SURNAMES = {"AKHMEDOV", "BOBOEV", "DJURAEV", "ERKINOV", "FOZILOV", "GANIEV", "HOLMATOV", "ISMOILOV",
            "JURAEV", "KHOLIKOV"};
    static final String[] GIVEN = {"AKMAL", "BAHROM", "DILSHOD", "ELYOR", "FURQAT"};
    static final Pattern PERSON = Pattern.compile("\"personNumber\":\"(KP\\d{9})\"");
    static final Pattern CARD = Pattern.compile("\"card\":\\{\"number\":\"(M\\d{8})\"");

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void startTwoNodes() {
        assumeTrue(TestProfiles.onPostgres(), "Two nodes need a shared PostgreSQL server: run with KOSHI_TEST_POSTGRES "
                + "(the build's PostgreSQL run); skipped on the embedded H2 database");
        a = node("node-a");
        b = node("node-b");
    }

    @AfterAll
    void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        String nodes = System.getenv("KOSHI_TEST_POSTGRES_NODES");
        String url = nodes != null && !nodes.isBlank() ? nodes : System.getenv("KOSHI_TEST_POSTGRES");
        return new SpringApplicationBuilder(KoshiApplication.class).profiles("test", "pgtest")
                .properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.hikari.pool-name=" + name,
                        "spring.datasource.hikari.maximum-pool-size=10")
                .run();
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void theSameTravellersAtBothNodesAtOnceMakeOnePersonOneCardAndNoDuplicate() throws Exception {
        String newKid = a.getBean(CardKeyStore.class).rotate();
        int first = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000 - PERSONS);
        List<HttpRequest> requests = new ArrayList<>();
        List<ConfigurableApplicationContext> sentTo = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            String entry = crossing("ENTRY", first + i, i, Instant.parse("2026-11-02T06:00:00Z"));
            String exit = crossing("EXIT", first + i, i, Instant.parse("2026-11-20T06:00:00Z"));
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                requests.add(post(node, entry));
                sentTo.add(node);
            }
            ConfigurableApplicationContext exitNode = i % 2 == 0 ? b : a;
            requests.add(post(exitNode, exit));
            sentTo.add(exitNode);
        }
        List<HttpResponse<String>> answers = allAtOnce(requests);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).as("each crossing stored once").hasSize(2 * PERSONS);
        Map<String, Set<String>> personsByDocument = new HashMap<>();
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 201) {
                String document = answer.request().headers().firstValue("X-Test-Document").orElseThrow();
                personsByDocument.computeIfAbsent(document, d -> new java.util.HashSet<>()).add(group(PERSON, answer.body()));
            }
        }
        assertThat(personsByDocument).hasSize(PERSONS).allSatisfy((document, persons) -> assertThat(persons).hasSize(1));
        Set<String> persons = personsByDocument.values().stream().map(s -> s.iterator().next()).collect(Collectors.toSet());
        assertThat(persons).as("one person each, none merged with another").hasSize(PERSONS);

        JdbcClient jdbc = a.getBean(JdbcClient.class);
        String range = "TN" + first;
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number between ? and ?")
                .params(document(first), document(first + PERSONS - 1)).query(Long.class).single())
                .as("no duplicate crossing (" + range + ")").isEqualTo(2L * PERSONS);
        assertThat(jdbc.sql("select person_number, count(*) from border_card where person_number in (:persons) group by person_number")
                .param("persons", persons).query((rs, n) -> rs.getLong(2)).list()).as("one card each").hasSize(PERSONS).containsOnly(1L);

        asAdministrator(() -> {
            ChainVerification chain = b.getBean(AuditLog.class).verify();
            assertThat(chain.intact()).as("the audit chain, written by both nodes: " + chain.problem()).isTrue();
        });

        aCardSignedOnOneNodeVerifiesOnTheOther(answers, sentTo, newKid);
    }

    private void aCardSignedOnOneNodeVerifiesOnTheOther(List<HttpResponse<String>> answers, List<ConfigurableApplicationContext> sentTo,
                                                        String newKid) throws Exception {
        for (ConfigurableApplicationContext signer : List.of(a, b)) {
            ConfigurableApplicationContext other = signer == a ? b : a;
            String card = null;
            for (int i = 0; i < answers.size() && card == null; i++) {
                String body = answers.get(i).body();
                if (sentTo.get(i) == signer && answers.get(i).statusCode() == 201 && body.contains("\"issuedNow\":true")) {
                    card = group(CARD, body);
                }
            }
            assertThat(card).as("a card issued on each node").isNotNull();
            String credential = group(Pattern.compile("\"credential\":\"([^\"]+)\""), http.send(HttpRequest.newBuilder(
                    URI.create(base(signer) + "/api/v1/cards/" + card + "/credential")).header("Authorization", POLICE).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String header = new String(Base64.getUrlDecoder().decode(credential.split("\\.")[0]));
            assertThat(header).as("signed with the key rotated in on node A").contains("\"kid\":\"" + newKid + "\"");
            HttpResponse<String> verified = http.send(HttpRequest.newBuilder(URI.create(base(other) + "/api/v1/cards/verification"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"credential\": \"" + credential + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(verified.body()).contains("\"valid\":true").contains(card);
        }
    }

    @Test
    void aScheduledJobFiredOnBothNodesAtTheSameMomentRunsOnce() throws Exception {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        jdbc.sql("delete from shedlock where name = 'stay.daily-sweep.nightly'").update(); // last night's run is over
        long before = sweeps(jdbc);
        List<Runnable> nightly = List.of(nightlySweep(a), nightlySweep(b));
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService schedulers = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (Runnable job : nightly) {
                runs.add(schedulers.submit(() -> {
                    ready.countDown();
                    go.await();
                    job.run();
                    return null;
                }));
            }
            ready.await();
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(sweeps(jdbc)).as("one sweep for two nodes").isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'stay.daily-sweep.nightly' and lock_until > locked_at")
                .query(Long.class).single()).isOne();
    }

    private static long sweeps(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from audit_entry where action = 'STAY_SWEEP_RUN'").query(Long.class).single();
    }

    /** The stay sweep's night run exactly as the node's scheduler holds it. */
    private static Runnable nightlySweep(ConfigurableApplicationContext node) {
        return node.getBeansOfType(ScheduledTaskHolder.class).values().stream().flatMap(h -> h.getScheduledTasks().stream())
                .map(t -> t.getTask()).filter(t -> t instanceof CronTask && t.getRunnable().toString().endsWith("DailySweep.nightly"))
                .map(t -> t.getRunnable()).findFirst().orElseThrow();
    }

    @Test
    void aSessionMadeOnOneNodeServesOnTheOther() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(base(a) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = sessionCookie(loginPage);
        String csrf = group(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""), loginPage.body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base(a) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=Koshi-demo-2026&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = sessionCookie(signedIn);

        HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create(base(b) + "/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as("node B knows node A's session").isEqualTo(200);
        String pageCsrf = group(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""), onB.body());
        HttpResponse<String> loggedOut = http.send(HttpRequest.newBuilder(URI.create(base(a) + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + pageCsrf)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedOut.headers().firstValue("Location").orElse("")).as("node B's CSRF token is good on node A").endsWith("/login?logout");
        HttpResponse<String> afterLogout = http.send(HttpRequest.newBuilder(URI.create(base(b) + "/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogout.statusCode()).as("signed out on A, signed out on B").isEqualTo(302);
    }

    @Test
    void thePublicChecksOfOneAddressAtBothNodesAtOnceGetTheLimitThroughOnce() throws Exception {
        int limit = a.getEnvironment().getProperty("koshi.recruitment.public-checks-per-minute", Integer.class);
        a.getBean(JdbcClient.class).sql("delete from recruitment_address_count where limit_name = 'public-check'").update();
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 45_000) {
            Thread.sleep(60_500 - intoMinute); // the burst falls in one window
        }
        List<HttpRequest> checks = new ArrayList<>();
        for (int i = 0; i < 2 * limit; i++) {
            checks.add(HttpRequest.newBuilder(URI.create(base(i % 2 == 0 ? a : b) + "/api/v1/public/agencies?query=agency"))
                    .timeout(Duration.ofSeconds(60)).build());
        }
        List<HttpResponse<String>> answers = allAtOnce(checks);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 429);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).as("checks let through by two nodes").hasSize(limit);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((x, y) -> y).orElseThrow();
    }

    private static String document(int n) {
        return "TN" + n;
    }

    private static String crossing(String direction, int number, int i, Instant at) {
        return """
                {"direction": "%s", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB", "expiresOn": "2031-05-01"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "M",
                 "citizenship": "UZB", "purpose": "WORK", "accompanyingMinors": []}""".formatted(direction, at, document(number),
                SURNAMES[i % SURNAMES.length], GIVEN[i / SURNAMES.length], LocalDate.of(1955, 3, 3).plusDays(211L * i));
    }

    private HttpRequest post(ConfigurableApplicationContext node, String body) {
        String document = group(Pattern.compile("\"number\": \"(TN\\d+)\""), body);
        return HttpRequest.newBuilder(URI.create(base(node) + "/api/v1/crossings")).timeout(Duration.ofSeconds(120))
                .header("Authorization", BORDER).header("Content-Type", "application/json").header("X-Test-Document", document)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Every request on its own virtual thread, sent together once all are ready. */
    private List<HttpResponse<String>> allAtOnce(List<HttpRequest> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (ExecutorService booths = Executors.newVirtualThreadPerTaskExecutor()) {
            for (HttpRequest request : requests) {
                sent.add(booths.submit(() -> {
                    ready.countDown();
                    go.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : sent) {
                answers.add(f.get());
            }
            return answers;
        }
    }

    private static void asAdministrator(Runnable check) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("two-nodes-test", "n/a", "ROLE_ADMIN"));
        try {
            check.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
