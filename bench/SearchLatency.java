import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.koshi.identity.cli.CsvReader;

/**
 * Person search latency through the real HTTP API (token, security, audit, SQL): queries as officers type
 * them, taken from records of the generated population (any agency's spelling, a name with a birth year, a
 * document number), each looking for its true person. Prints p50/p95/p99/max and how often the true person
 * was among the results. java -cp ... bench/SearchLatency.java BASE_URL records.csv record-person.tsv QUERIES
 */
public class SearchLatency {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int queries = Integer.parseInt(args[3]);
        List<String[]> sample = sample(Path.of(args[1]), queries, new Random(11));
        Map<String, String> personOf = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            int tab = line.indexOf('\t');
            personOf.put(line.substring(0, tab), line.substring(tab + 1));
        }
        HttpClient http = HttpClient.newHttpClient();
        long[] micros = new long[queries];
        int found = 0;
        int[] foundByKind = new int[3];
        int[] countByKind = new int[3];
        for (int i = 0; i < queries; i++) {
            String[] r = sample.get(i);
            String query = switch (i % 3) {
                case 0 -> r[1] + " " + r[2];
                case 1 -> r[1] + " " + (r[3].length() >= 4 ? r[3].substring(0, 4) : "");
                default -> r[4].isBlank() ? r[1] + " " + r[2] : r[4];
            };
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/identity/persons?q="
                    + URLEncoder.encode(query.trim(), StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer koshi-bench-token").build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            micros[i] = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            countByKind[i % 3]++;
            if (response.body().contains(personOf.get(r[0]))) {
                found++;
                foundByKind[i % 3]++;
            }
        }
        Arrays.sort(micros);
        System.out.printf("queries %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, true person in results %.1f%%%n",
                queries, micros[queries / 2] / 1000.0, micros[(int) (queries * 0.95)] / 1000.0,
                micros[(int) (queries * 0.99)] / 1000.0, micros[queries - 1] / 1000.0, 100.0 * found / queries);
        System.out.printf("true person in the (at most 50) results: name only %.1f%%, name and birth year %.1f%%, "
                        + "document number (or name where the record has none) %.1f%%%n",
                100.0 * foundByKind[0] / countByKind[0], 100.0 * foundByKind[1] / countByKind[1],
                100.0 * foundByKind[2] / countByKind[2]);
    }

    /** Records picked at random (reservoir): {record_id, surname, given_name, birth_date, document, person number}. */
    private static List<String[]> sample(Path records, int size, Random random) throws Exception {
        List<String[]> picked = new ArrayList<>(size);
        long seen = 0;
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(records, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.put(header.get(i), i);
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.get(at.get("surname")).isBlank() || row.get(at.get("given_name")).isBlank()) {
                    continue;
                }
                String[] r = {row.get(at.get("record_id")), row.get(at.get("surname")), row.get(at.get("given_name")),
                        row.get(at.get("birth_date")), row.get(at.get("document_number")), row.get(at.get("record_id"))};
                seen++;
                if (picked.size() < size) {
                    picked.add(r);
                } else {
                    long j = (long) (random.nextDouble() * seen);
                    if (j < size) {
                        picked.set((int) j, r);
                    }
                }
            }
        }
        return picked;
    }
}
