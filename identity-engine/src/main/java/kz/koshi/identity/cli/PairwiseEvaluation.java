package kz.koshi.identity.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision/recall/F1 of predicted clusters against true ones, computed from cluster sizes
 * (no pair enumeration): TP = sum over (true, predicted) cells of C(n, 2).
 */
public record PairwiseEvaluation(long truePairs, long predictedPairs, long correctPairs) {

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Records missing from the clusters count as singletons; records unknown to the truth are ignored. */
    public static PairwiseEvaluation of(Path truthFile, Path clustersFile, PrintStream err) throws IOException {
        Map<String, String> truth = twoColumns(truthFile);
        Map<String, String> predicted = twoColumns(clustersFile);
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        long missing = 0;
        for (var e : truth.entrySet()) {
            String cluster = predicted.get(e.getKey());
            if (cluster == null) {
                missing++;
                cluster = "\u0000" + e.getKey();
            }
            trueSizes.merge(e.getValue(), 1L, Long::sum);
            predictedSizes.merge(cluster, 1L, Long::sum);
            cells.merge(e.getValue() + "\u0000\u0000" + cluster, 1L, Long::sum);
        }
        long unknown = predicted.keySet().stream().filter(k -> !truth.containsKey(k)).count();
        if (missing > 0 || unknown > 0) {
            err.printf("evaluate: %d truth records missing from clusters (singletons), %d cluster records "
                    + "not in truth (ignored)%n", missing, unknown);
        }
        return new PairwiseEvaluation(pairs(trueSizes), pairs(predictedSizes), pairs(cells));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    static Map<String, String> twoColumns(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            if (header == null || header.size() < 2) {
                throw new IOException(file + ": expected a header with two columns (record_id, cluster_id)");
            }
            for (List<String> row; (row = csv.next()) != null; ) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() < 2) {
                    throw new IOException(file + ": line " + (csv.line() - 1) + " has fewer than two columns");
                }
                map.put(row.get(0).strip(), row.get(1).strip());
            }
        }
        return map;
    }
}
