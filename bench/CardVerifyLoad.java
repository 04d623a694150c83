import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop, constant-rate load on the public card status, GET /api/v1/cards/{number}: request i is due at
 * start + i / RATE whatever the answers before it did (a pacing thread hands each due request to its own
 * virtual thread, so a slow answer never delays the next request), and its latency is counted from the
 * moment it was due, not from when it was actually sent (no coordinated omission). Card numbers are picked
 * at random from a file of issued cards. Prints the achieved rate and p50/p90/p99/p99.9/max.
 * java -cp ... bench/CardVerifyLoad.java BASE cards.txt RATE SECONDS WARMUP_SECONDS
 */
public class CardVerifyLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> cards = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmupSeconds = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (warmupSeconds > 0) {
            run(http, base, cards, rate, warmupSeconds, new Random(1), "warm-up");
        }
        run(http, base, cards, rate, seconds, new Random(2), "MEASURED");
    }

    private static void run(HttpClient http, String base, List<String> cards, int rate, int seconds, Random random,
                            String label) throws Exception {
        int total = rate * seconds;
        long[] micros = new long[total];
        Map<Integer, Integer> codes = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        long lateSends = 0;
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - due > 1_000_000L) {
                lateSends++;
            }
            int slot = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cards/" + cards.get(random.nextInt(cards.size()))))
                    .timeout(Duration.ofSeconds(30)).build();
            senders.submit(() -> {
                try {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    micros[slot] = (System.nanoTime() - due) / 1000;
                    codes.merge(r.statusCode(), 1, Integer::sum);
                } catch (Exception e) {
                    micros[slot] = (System.nanoTime() - due) / 1000;
                    errors.incrementAndGet();
                }
            });
        }
        long sentIn = System.nanoTime() - start;
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        Arrays.sort(micros);
        System.out.printf("%s: %d requests at %d/s for %d s (sent in %.2f s = %.1f/s, %d sent more than 1 ms late); "
                        + "latency from the due time: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; "
                        + "HTTP status %s, errors %d%n",
                label, total, rate, seconds, sentIn / 1e9, total / (sentIn / 1e9), lateSends,
                micros[total / 2] / 1000.0, micros[(int) (total * 0.90)] / 1000.0, micros[(int) (total * 0.99)] / 1000.0,
                micros[(int) (total * 0.999)] / 1000.0, micros[total - 1] / 1000.0, codes, errors.get());
    }
}
