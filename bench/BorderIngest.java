import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.koshi.identity.cli.CsvReader;

/**
 * Crossings ingest through the real HTTP API: travellers from a generated border feed (names, birth dates,
 * documents, citizenships as `koshi generate` writes them), checkpoints from GET /api/v1/border/checkpoints.
 * Every record crosses in (ENTRY, at a random instant in the last 80 days, older than the live window), and
 * every second record also crosses out again 1-20 days later: the exit meets a person already in the
 * registry. Phases: warm-up batches (not counted), measured batches through POST /api/v1/crossings/batch
 * from CLIENTS concurrent senders, then single crossings through POST /api/v1/crossings one at a time.
 * java -cp ... bench/BorderIngest.java BASE TOKEN border.csv WARMUP MEASURED BATCH CLIENTS SINGLES
 */
public class BorderIngest {

    private static final String[] PURPOSES = {"WORK", "PRIVATE", "BUSINESS", "STUDY", "TOURISM", "TRANSIT", "OTHER"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int warmup = Integer.parseInt(args[3]);
        int measured = Integer.parseInt(args[4]);
        int batchSize = Integer.parseInt(args[5]);
        int clients = Integer.parseInt(args[6]);
        int singles = Integer.parseInt(args[7]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> cp = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/border/checkpoints"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        check(cp, 200);
        List<String> checkpoints = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(cp.body());
        while (m.find()) {
            checkpoints.add(m.group(1));
        }
        List<String> crossings = crossings(Path.of(args[2]), checkpoints, new Random(17));
        int needed = warmup + measured + singles;
        if (crossings.size() < needed) {
            throw new IllegalStateException("only " + crossings.size() + " crossings for " + needed);
        }
        System.out.printf("%d checkpoints, %d crossings prepared (%d warm-up, %d measured in batches of %d from %d senders, %d single)%n",
                checkpoints.size(), crossings.size(), warmup, measured, batchSize, clients, singles);

        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        batches(http, base, token, crossings.subList(0, warmup), batchSize, clients, outcomes, null, null);
        System.out.println("warm-up outcomes " + outcomes);
        outcomes.clear();
        List<Long> batchMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> batchDone = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> cpuBefore = ProcessCpu.sample();
        long start = System.nanoTime();
        batches(http, base, token, crossings.subList(warmup, warmup + measured), batchSize, clients, outcomes, batchMillis, batchDone);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> cpuAfter = ProcessCpu.sample();
        long[] bm = batchMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("BATCH: %d crossings in %.1f s = %.0f crossings/s; per batch of %d: p50 %d ms, max %d ms; outcomes %s%n",
                measured, seconds, measured / seconds, batchSize, bm[bm.length / 2], bm[bm.length - 1], outcomes);
        System.out.println("BATCH per 10 s of the measured phase (crossings/s, by the batches answered in it): "
                + perWindow(batchDone, start, batchSize, 10));
        System.out.println("CPU per crossing (ms, measured phase): " + ProcessCpu.perItem(cpuBefore, cpuAfter, measured));

        if (singles == 0) {
            return;
        }
        long[] micros = new long[singles];
        Map<Integer, Integer> codes = new HashMap<>();
        for (int i = 0; i < singles; i++) {
            HttpRequest request = post(base + "/api/v1/crossings", token, crossings.get(warmup + measured + i));
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            micros[i] = (System.nanoTime() - t) / 1000;
            codes.merge(response.statusCode(), 1, Integer::sum);
        }
        Arrays.sort(micros);
        System.out.printf("SINGLE: %d crossings one at a time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; HTTP status %s%n",
                singles, micros[singles / 2] / 1000.0, micros[(int) (singles * 0.95)] / 1000.0,
                micros[(int) (singles * 0.99)] / 1000.0, micros[singles - 1] / 1000.0, codes);
    }

    /** Throughput in each full window of the phase (the last, partial window is left out): 2431 2610 ... */
    private static String perWindow(List<Long> answeredAt, long start, int batchSize, int windowSeconds) {
        long window = windowSeconds * 1_000_000_000L;
        int full = (int) ((answeredAt.stream().mapToLong(Long::longValue).max().orElse(start) - start) / window);
        int[] batches = new int[full];
        answeredAt.forEach(t -> {
            int w = (int) ((t - start) / window);
            if (w < full) {
                batches[w]++;
            }
        });
        return full == 0 ? "(shorter than one window)"
                : Arrays.stream(batches).mapToObj(b -> Long.toString((long) b * batchSize / windowSeconds)).collect(java.util.stream.Collectors.joining(" "));
    }

    private static void batches(HttpClient http, String base, String token, List<String> items, int size, int clients,
                                Map<String, LongAdder> outcomes, List<Long> millis, List<Long> done) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Pattern outcome = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z]+)\"");
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int from = next.getAndAdd(size); from < items.size(); from = next.getAndAdd(size)) {
                        String body = "[" + String.join(",", items.subList(from, Math.min(items.size(), from + size))) + "]";
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(post(base + "/api/v1/crossings/batch", token, body),
                                HttpResponse.BodyHandlers.ofString());
                        if (millis != null) {
                            long answered = System.nanoTime();
                            millis.add((answered - t) / 1_000_000);
                            done.add(answered);
                        }
                        check(r, 200);
                        Matcher o = outcome.matcher(r.body());
                        while (o.find()) {
                            outcomes.computeIfAbsent(o.group(1), k -> new LongAdder()).increment();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.getFirst());
        }
    }

    private static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
    }

    /** Entries of every usable record in random order, then the exits of every second one, as JSON objects. */
    private static List<String> crossings(Path feed, List<String> checkpoints, Random random) throws Exception {
        List<String> entries = new ArrayList<>();
        List<String> exits = new ArrayList<>();
        Instant now = Instant.now();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(feed, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.put(header.get(i), i);
            }
            int n = 0;
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                String document = row.get(at.get("document_number"));
                String surname = row.get(at.get("surname"));
                String birth = row.get(at.get("birth_date"));
                String sex = row.get(at.get("sex"));
                String country = row.get(at.get("citizenship"));
                if (!document.matches("[A-Z0-9]{5,20}") || surname.isBlank() || !country.matches("[A-Z]{3}")
                        || !sex.matches("[MFX]") || !birth.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    continue;
                }
                try {
                    LocalDate.parse(birth);
                } catch (Exception e) {
                    continue;
                }
                Instant entry = now.minusSeconds(2 * 3600 + random.nextLong(80L * 86400));
                String purpose = country.equals("KAZ") ? null : PURPOSES[random.nextInt(PURPOSES.length)];
                String common = ",\"document\":{\"type\":\"PASSPORT\",\"number\":\"" + document + "\",\"issuingCountry\":\"" + country
                        + "\"},\"surname\":" + json(surname) + ",\"givenNames\":" + json(row.get(at.get("given_name")))
                        + ",\"birthDate\":\"" + birth + "\",\"sex\":\"" + sex + "\",\"citizenship\":\"" + country + "\""
                        + (purpose == null ? "" : ",\"purpose\":\"" + purpose + "\"") + "}";
                entries.add("{\"direction\":\"ENTRY\",\"checkpoint\":\"" + checkpoints.get(random.nextInt(checkpoints.size()))
                        + "\",\"occurredAt\":\"" + entry + "\"" + common);
                Instant exit = entry.plusSeconds(86400L * (1 + random.nextInt(20)));
                if (n++ % 2 == 0 && exit.isBefore(now.minusSeconds(2 * 3600))) {
                    exits.add("{\"direction\":\"EXIT\",\"checkpoint\":\"" + checkpoints.get(random.nextInt(checkpoints.size()))
                            + "\",\"occurredAt\":\"" + exit + "\"" + common);
                }
            }
        }
        java.util.Collections.shuffle(entries, random);
        java.util.Collections.shuffle(exits, random);
        entries.addAll(exits);
        return entries;
    }

    private static String json(String s) {
        if (s == null || s.isBlank()) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * CPU time (user + system, from /proc) of the platform (its pid in -Dkoshi.app.pid), all PostgreSQL
     * processes, this load generator, and the whole machine, so that a run can say where the CPU per crossing goes.
     */
    static final class ProcessCpu {
        private static final double TICK_MS = 10.0; // USER_HZ = 100 on Linux

        static Map<String, Long> sample() throws Exception {
            Map<String, Long> ticks = new java.util.LinkedHashMap<>();
            String app = System.getProperty("koshi.app.pid", "");
            String self = Long.toString(ProcessHandle.current().pid());
            ticks.put("platform", 0L);
            ticks.put("postgres", 0L);
            ticks.put("generator", 0L);
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                    String stat;
                    try {
                        stat = Files.readString(dir.resolve("stat"));
                    } catch (Exception gone) {
                        continue;
                    }
                    String pid = dir.getFileName().toString();
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    String who = pid.equals(app) ? "platform" : pid.equals(self) ? "generator"
                            : comm.equals("postgres") ? "postgres" : null;
                    if (who != null) {
                        ticks.merge(who, t, Long::sum);
                    }
                }
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]); // all but idle and iowait
            }
            ticks.put("machine", busy);
            return ticks;
        }

        static String perItem(Map<String, Long> before, Map<String, Long> after, int items) {
            StringBuilder s = new StringBuilder();
            for (String who : after.keySet()) {
                s.append(s.isEmpty() ? "" : ", ").append(who).append(' ')
                        .append(String.format("%.3f", (after.get(who) - before.get(who)) * TICK_MS / items));
            }
            return s.toString();
        }
    }
}
