import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code CrossingBurst BASE TOKEN BOOTHS TAG}: BOOTHS border booths post one crossing each at the same instant
 * ({@code POST /api/v1/crossings}, each on its own virtual thread, released together); prints the latency of each
 * answer (p50, p95, p99, max) and how many were not 201.
 */
public class CrossingBurst {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int booths = Integer.parseInt(args[2]);
        String tag = args[3];
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch ready = new CountDownLatch(booths);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> sent = new ArrayList<>();
        long began;
        try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < booths; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/crossings")).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(tag, i))).build();
                sent.add(all.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (java.io.IOException e) {
                        status = -1;
                    }
                    return new long[] {System.nanoTime() - start, status};
                }));
            }
            ready.await();
            began = System.nanoTime();
            go.countDown();
        }
        double wall = (System.nanoTime() - began) / 1e9;
        long[] micros = new long[booths];
        int errors = 0;
        for (int i = 0; i < booths; i++) {
            long[] r = sent.get(i).get();
            micros[i] = r[0] / 1_000;
            errors += r[1] == 201 ? 0 : 1;
        }
        Arrays.sort(micros);
        System.out.printf("burst of %d crossings: %d not 201; latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; all answered in %.1f s%n",
                booths, errors, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), micros[booths - 1] / 1000.0, wall);
    }

    static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }

    static String body(String tag, int i) {
        return """
                {"direction": "ENTRY", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s%07d", "issuingCountry": "UZB", "expiresOn": "2031-05-01"},
                 "surname": "BURSTOV%s", "givenNames": "%s", "birthDate": "%s", "sex": "M",
                 "citizenship": "UZB", "purpose": "WORK", "accompanyingMinors": []}"""
                .formatted(Instant.parse("2026-07-01T00:00:00Z").plusSeconds(i), tag, i, letters(i), letters(i / 3 + 5),
                        java.time.LocalDate.of(1955, 1, 1).plusDays(37L * i));
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
