package kz.koshi.identity.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.identity.cli.CsvReader;
import kz.koshi.identity.cli.StandardNameKeys;
import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.Linkage;
import kz.koshi.identity.engine.Linker;
import kz.koshi.identity.engine.PartialDate;
import kz.koshi.identity.engine.RecordSet;
import kz.koshi.identity.engine.block.BlockingPass;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Development aid (not a test): links a benchmark directory and prints the true pairs it missed and
 * the false pairs it made, with the per-field explanation and the blocking passes that propose them.
 * Usage: MissedPairs bench/out/febrl4 [max]
 */
public final class MissedPairs {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        RecordSet set = new RecordSet(StandardNameKeys.get());
        List<IdentityRecord> raw = new ArrayList<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(dir.resolve("records.csv")))) {
            List<String> header = csv.next();
            for (List<String> row; (row = csv.next()) != null; ) {
                Map<String, String> v = new HashMap<>();
                for (int i = 0; i < header.size() && i < row.size(); i++) {
                    v.put(header.get(i), row.get(i).isBlank() ? null : row.get(i));
                }
                raw.add(new IdentityRecord(v.get("record_id"), null, v.get("surname"), v.get("given_name"),
                        v.get("patronymic"), PartialDate.parseOrUnknown(v.get("birth_date")), v.get("sex"),
                        v.get("citizenship"), v.get("document_number"), v.get("national_id"), v.get("address"),
                        v.get("phone")));
            }
        }
        raw.forEach(set::add);
        Map<String, String> truth = new HashMap<>();
        Files.readAllLines(dir.resolve("truth.csv")).stream().skip(1).forEach(l -> {
            String[] c = l.split(",");
            truth.put(c[0], c[1]);
        });
        Linkage linkage = Linker.withDefaults().link(set);
        PrintStream out = System.out;
        Map<String, List<Integer>> persons = new HashMap<>();
        for (int i = 0; i < linkage.size(); i++) {
            persons.computeIfAbsent(truth.get(linkage.recordId(i)), k -> new ArrayList<>()).add(i);
        }
        int shown = 0;
        for (List<Integer> members : persons.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x), b = members.get(y);
                    if (!linkage.clusterId(a).equals(linkage.clusterId(b)) && shown++ < max) {
                        print(out, "MISSED", raw, set, linkage, a, b);
                    }
                }
            }
        }
        out.println("missed shown " + Math.min(shown, max) + " of " + shown);
        Map<String, List<Integer>> clusters = new HashMap<>();
        for (int i = 0; i < linkage.size(); i++) {
            clusters.computeIfAbsent(linkage.clusterId(i), k -> new ArrayList<>()).add(i);
        }
        int wrong = 0;
        for (List<Integer> members : clusters.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x), b = members.get(y);
                    if (!truth.get(linkage.recordId(a)).equals(truth.get(linkage.recordId(b))) && wrong++ < max) {
                        print(out, "FALSE", raw, set, linkage, a, b);
                    }
                }
            }
        }
        out.println("false links " + wrong);
    }

    private static void print(PrintStream out, String kind, List<IdentityRecord> raw, RecordSet set, Linkage linkage,
                              int a, int b) {
        NormalisedRecord na = set.records().get(a), nb = set.records().get(b);
        List<String> passes = new ArrayList<>();
        for (BlockingPass p : BlockingPass.values()) {
            if (p.keyOf(na) != 0 && p.keyOf(na) == p.keyOf(nb)) {
                passes.add(p.name());
            }
        }
        double total = linkage.model().priorWeight()
                + linkage.explain(a, b).stream().mapToDouble(c -> c.weight()).sum();
        out.printf("%s %.2f bits passes=%s%n  %s%n  %s%n  %s%n", kind, total, passes, raw.get(a), raw.get(b),
                linkage.explain(a, b));
    }
}
