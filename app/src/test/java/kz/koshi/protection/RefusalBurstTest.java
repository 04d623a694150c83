package kz.koshi.protection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kz.koshi.TestProfiles;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 60 refused case reads at the same instant, over real HTTP with the shipped pool of 10 connections: every one is
 * answered 403 at once and every refusal is on record. Before, each refusal was written in a transaction of its
 * own while the read's transaction still held the request's connection, so the pool ran dry and the requests
 * failed with 500 after 30 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("db")
class RefusalBurstTest {

    static final int CALLERS = 60;
    static final long FIRST_CASE = 970_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sixtySimultaneousRefusalsAreAnsweredAndAudited() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CALLERS; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/protection/cases/" + (FIRST_CASE + i)))
                        .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer koshi-demo-labour").GET().build();
                sent.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            go.countDown();
            for (Future<HttpResponse<String>> answer : sent) {
                assertThat(answer.get().statusCode()).isEqualTo(403);
            }
        }
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> jdbc.sql(
                "select count(*) from audit_entry where action = 'CASE_READ_DENIED' and subject_id like '9700000%'")
                .query(Long.class).single() == CALLERS);
    }
}
