package kz.koshi.enforcement.channels;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Fifty identical posts of one channel at the same instant, over real HTTP: one is stored (201), the others are told
 * the reference is taken (409), none fails, and the channel's stay mark is written once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("db")
class ChannelBurstTest {

    static final int POSTS = 50;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyIdenticalPostsStoreOneChannel() throws Exception {
        String person = enter();
        String body = Channels.json("T-BURST-1", "KZ-61", LocalDate.now().minusDays(2), 5, List.of("UZB", "KAZ"),
                List.of("ROAD-ZHIBEK"), List.of(), List.of(), List.of(person));
        List<HttpResponse<String>> answers = burst(body);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        assertThat(jdbc.sql("select count(*) from enforcement_channel where reference = 'T-BURST-1'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from stay_channel_mark where person_number = ?").param(person).query(Long.class).single())
                .isEqualTo(1);
    }

    private String enter() throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%sT06:00:00Z",
                 "document": {"type": "PASSPORT", "number": "FB5550001", "issuingCountry": "UZB"},
                 "surname": "BURSTOV", "givenNames": "ILHOM", "birthDate": "1991-02-03", "sex": "M",
                 "citizenship": "UZB", "purpose": "PRIVATE"}""".formatted(LocalDate.now().minusDays(6));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request("/api/v1/crossings", Channels.BORDER, body),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(201);
        return answer.body().replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    private HttpRequest request(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private List<HttpResponse<String>> burst(String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch ready = new CountDownLatch(POSTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (ExecutorService posts = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < POSTS; i++) {
                HttpRequest request = request("/api/v1/enforcement/channels", Channels.POLICE, body);
                sent.add(posts.submit(() -> {
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
}
