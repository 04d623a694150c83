import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two halves of bench/crash-test.sh.
 * <p>
 * {@code load BASE BORDER_TOKEN RECORDS_TOKEN ACKS THREADS TAG [LIMIT]}: THREADS writers send, without pause, single crossings
 * ({@code POST /api/v1/crossings}) and single source records ({@code POST /api/v1/identity/records}) until the
 * platform stops answering (or LIMIT requests are sent); every 201 is written to ACKS (one line, flushed) before the next request. A writer
 * stops after its first failed request (the platform was killed).
 * <p>
 * {@code check JDBC_URL USER ACKS}: looks up every acknowledged write in the database and prints
 * "acknowledged N, found after restart M, lost K".
 */
public class CrashLoad {

    static final Pattern CROSSING_ID = Pattern.compile("\"crossingId\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(args[1], args[2], args[3], Path.of(args[4]), Integer.parseInt(args[5]), args[6],
                    args.length > 7 ? Integer.parseInt(args[7]) : Integer.MAX_VALUE);
        } else {
            check(args[1], args[2], Path.of(args[3]));
        }
    }

    static void load(String base, String borderToken, String recordsToken, Path acks, int threads, String tag, int limit)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acks));
             ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                writers.submit(() -> {
                    while (!down.get()) {
                        int n = sequence.incrementAndGet();
                        if (n > limit) {
                            return null;
                        }
                        try {
                            String ack = n % 2 == 0 ? crossing(client, base, borderToken, tag, n) : record(client, base, recordsToken, tag, n);
                            if (ack != null) {
                                synchronized (out) {
                                    out.println(ack);
                                    out.flush();
                                }
                                acknowledged.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            down.set(true);
                        }
                    }
                    return null;
                });
            }
        }
        System.out.println("load: " + sequence.get() + " requests sent, " + acknowledged.get() + " acknowledged (201)");
    }

    static String crossing(HttpClient client, String base, String token, String tag, int n) throws IOException, InterruptedException {
        String number = tag + String.format("%07d", n);
        String body = """
                {"direction": "ENTRY", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB", "expiresOn": "2031-05-01"},
                 "surname": "CRASHOV%s", "givenNames": "%s", "birthDate": "%s", "sex": "M",
                 "citizenship": "UZB", "purpose": "WORK", "accompanyingMinors": []}"""
                .formatted(Instant.parse("2026-06-01T00:00:00Z").plusSeconds(n), number, letters(n), letters(n / 7 + 3),
                        java.time.LocalDate.of(1950, 1, 1).plusDays(n % 20_000));
        HttpResponse<String> answer = post(client, base + "/api/v1/crossings", token, body);
        if (answer.statusCode() != 201) {
            return null;
        }
        Matcher m = CROSSING_ID.matcher(answer.body());
        return m.find() ? "crossing " + m.group(1) + " " + number : null;
    }

    static String record(HttpClient client, String base, String token, String tag, int n) throws IOException, InterruptedException {
        String id = tag + "-" + n;
        String body = """
                {"source": "migration_police", "recordId": "%s", "surname": "RECORDOV%s", "givenName": "%s",
                 "birthDate": "%s", "sex": "F", "citizenship": "KGZ", "documentNumber": "ID%s"}"""
                .formatted(id, letters(n), letters(n / 5 + 1), java.time.LocalDate.of(1951, 2, 3).plusDays(n % 20_000), n);
        HttpResponse<String> answer = post(client, base + "/api/v1/identity/records", token, body);
        return answer.statusCode() == 201 ? "record migration_police " + id : null;
    }

    static HttpResponse<String> post(HttpClient client, String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A number as letters (names must not carry digits), so every writer's traveller is a person of their own. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    static void check(String url, String user, Path acks) throws Exception {
        List<String> lines = Files.readAllLines(acks);
        int found = 0;
        try (Connection db = DriverManager.getConnection(url, user, "");
             PreparedStatement crossing = db.prepareStatement("select count(*) from border_crossing where id = ? and document_number = ?");
             PreparedStatement record = db.prepareStatement("select count(*) from identity_source_record where source = ? and source_record_id = ?")) {
            for (String line : lines) {
                String[] f = line.split(" ");
                PreparedStatement q = f[0].equals("crossing") ? crossing : record;
                if (f[0].equals("crossing")) {
                    q.setLong(1, Long.parseLong(f[1]));
                } else {
                    q.setString(1, f[1]);
                }
                q.setString(2, f[2]);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    found += rs.getLong(1) > 0 ? 1 : 0;
                }
            }
        }
        System.out.printf("acknowledged %d, found after restart %d, lost %d%n", lines.size(), found, lines.size() - found);
    }
}
