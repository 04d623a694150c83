package kz.koshi.border;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.koshi.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 border booths post a crossing at the same instant, over real HTTP with the shipped connection pool (10):
 * every one is answered 201. Before, each request held a pooled connection for the border's transaction and
 * waited for a second for identity's, so the pool ran dry and most requests failed with 500 after 30 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("db")
class CrossingBurstTest {

    static final int BOOTHS = 200;
    static final String[] SURNAMES = {"ABDULLAEV", "BEKMURODOV", "CHORIEV", "DAVLATOV", "ERGASHEV", "FAYZIEV", "GAFUROV", "HAMROEV",
            "IBRAGIMOV", "JALOLOV", "KARIMOV", "LATIPOV", "MAHMUDOV", "NAZAROV", "OLIMOV", "POLVONOV", "QODIROV", "RAHIMOV", "SAIDOV", "TURSUNOV"};
    static final String[] GIVEN = {"ANVAR", "BOBUR", "DAVRON", "ELDOR", "FARHOD", "GAYRAT", "HUSNIDDIN", "ILHOM", "JAMSHID", "KOMIL"};
    static final Pattern PERSON = Pattern.compile("\"personNumber\":\"(KP\\d{9})\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredDifferentTravellersAtOnceAreAllRecorded() throws Exception {
        List<HttpResponse<String>> answers = burst(i -> CrossingApiTest.crossing("ENTRY", "BU" + (7_000_000 + i), SURNAMES[i % 20],
                Instant.parse("2026-10-01T06:00:00Z").plusSeconds(i).toString(), GIVEN[i / 20], LocalDate.of(1950, 1, 1).plusDays(97L * i).toString()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers.stream().map(CrossingBurstTest::person).collect(Collectors.toSet())).hasSize(BOOTHS);
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number like 'BU7%'").query(Long.class).single())
                .isEqualTo(BOOTHS);
    }

    @Test
    void twoHundredCrossingsOfOneTravellerAtOnceMakeOnePersonWithOneCard() throws Exception {
        List<HttpResponse<String>> answers = burst(i -> CrossingApiTest.crossing(i % 2 == 0 ? "ENTRY" : "EXIT", "BV8000001",
                "SAMEOV", Instant.parse("2026-09-01T06:00:00Z").plusSeconds(3_600L * i).toString(), "ODIL", "1990-04-04"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        Set<String> persons = answers.stream().map(CrossingBurstTest::person).collect(Collectors.toSet());
        assertThat(persons).hasSize(1);
        assertThat(jdbc.sql("select count(*) from border_card where person_number = ?").param(persons.iterator().next())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number = 'BV8000001'").query(Long.class).single())
                .isEqualTo(BOOTHS);
    }

    /** Every booth's request, sent together on its own virtual thread once all are ready. */
    private List<HttpResponse<String>> burst(IntFunction<String> body) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch ready = new CountDownLatch(BOOTHS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (ExecutorService booths = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < BOOTHS; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/crossings"))
                        .timeout(Duration.ofSeconds(90)).header("Authorization", CrossingApiTest.BORDER)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                sent.add(booths.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
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

    private static String person(HttpResponse<String> answer) {
        Matcher m = PERSON.matcher(answer.body());
        return m.find() ? m.group(1) : "none: " + answer.statusCode();
    }
}
