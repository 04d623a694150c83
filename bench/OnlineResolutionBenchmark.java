import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import kz.koshi.identity.cli.CsvReader;
import kz.koshi.identity.engine.Decision;
import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.Linker;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.PartialDate;
import kz.koshi.identity.engine.RecordSet;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.engine.ResolutionIndex;
import kz.koshi.identity.engine.normal.TransliterationKeys;

/**
 * Online resolution benchmark: trains a model on the first records of a generated registry, indexes all
 * records except every 100th (with their true person ids), then resolves the held-out records one by
 * one and prints latency percentiles and how often the decision was right.
 * Run: bench/online.sh DIR (DIR holds records.csv and truth.csv from `koshi generate`).
 */
public class OnlineResolutionBenchmark {

    static final int HOLD_OUT_EVERY = 100;
    static final int TRAINING_RECORDS = 100_000;
    static final int WARM_UP = 2_000;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, String> truth = new HashMap<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(dir.resolve("truth.csv")))) {
            csv.next();
            for (List<String> row; (row = csv.next()) != null; ) {
                truth.put(row.get(0), row.get(1));
            }
        }
        long t0 = System.nanoTime();
        RecordSet training = new RecordSet(new TransliterationKeys());
        int[] seen = {0};
        read(dir, r -> {
            if (seen[0]++ < TRAINING_RECORDS) {
                training.add(r);
            }
        });
        int total = seen[0];
        MatchModel trained = Linker.withDefaults().link(training).model();
        int indexed = total - total / HOLD_OUT_EVERY;
        // lambda is the chance that two records match, so it shrinks with the number of records compared.
        MatchModel model = trained.withLambda(trained.lambda() * (training.size() - 1) / (indexed - 1));
        System.out.printf("trained on %d records in %.1f s (lambda %.3g for %d indexed)%n", training.size(),
                (System.nanoTime() - t0) / 1e9, model.lambda(), indexed);

        long t1 = System.nanoTime();
        ResolutionIndex index = new ResolutionIndex(model, new TransliterationKeys());
        List<IdentityRecord> queries = new ArrayList<>();
        java.util.Set<String> indexedPersons = new java.util.HashSet<>();
        int[] k = {0};
        read(dir, r -> {
            if (++k[0] % HOLD_OUT_EVERY == 0) {
                queries.add(r);
            } else {
                index.add(r, truth.get(r.recordId()));
                indexedPersons.add(truth.get(r.recordId()));
            }
        });
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("indexed %d records in %.1f s; heap used %.0f MiB%n", index.size(),
                (System.nanoTime() - t1) / 1e9, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);

        for (int i = 0; i < WARM_UP; i++) {
            index.resolve(queries.get(i % queries.size()));
        }
        long[] nanos = new long[queries.size()];
        int linkedRight = 0, linkedWrong = 0, review = 0, isNew = 0, newRight = 0, topRight = 0;
        for (int i = 0; i < queries.size(); i++) {
            IdentityRecord q = queries.get(i);
            long s = System.nanoTime();
            Resolution r = index.resolve(q);
            nanos[i] = System.nanoTime() - s;
            String person = truth.get(q.recordId());
            if (!r.candidates().isEmpty() && r.candidates().get(0).personId().equals(person)) {
                topRight++;
            }
            if (r.decision() == Decision.LINK) {
                if (r.linkedPerson().orElseThrow().equals(person)) linkedRight++; else linkedWrong++;
            } else if (r.decision() == Decision.REVIEW) {
                review++;
            } else {
                isNew++;
                if (!indexedPersons.contains(person)) newRight++;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("resolved %d held-out records against %d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.length, index.size(), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6);
        long unknown = queries.stream().filter(q -> !indexedPersons.contains(truth.get(q.recordId()))).count();
        System.out.printf("decisions: LINK right %d, LINK wrong %d, REVIEW %d, NEW %d (right %d; %d queries are "
                + "persons not in the index); top candidate is the true person %d%n", linkedRight, linkedWrong, review,
                isNew, newRight, unknown, topRight);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    static void read(Path dir, Consumer<IdentityRecord> sink) throws IOException {
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(dir.resolve("records.csv"), StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            for (List<String> row; (row = csv.next()) != null; ) {
                Map<String, String> v = new HashMap<>();
                for (int i = 0; i < header.size() && i < row.size(); i++) {
                    v.put(header.get(i), row.get(i).isBlank() ? null : row.get(i));
                }
                sink.accept(new IdentityRecord(v.get("record_id"), v.get("source"), v.get("surname"),
                        v.get("given_name"), v.get("patronymic"), PartialDate.parseOrUnknown(v.get("birth_date")),
                        v.get("sex"), v.get("citizenship"), v.get("document_number"), v.get("national_id"),
                        v.get("address"), v.get("phone")));
            }
        }
    }
}
