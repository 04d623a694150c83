package kz.koshi.identity.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision on the generator's hard negatives (twins, father and son, namesakes born the same year, spouses):
 * within each group of different persons who look alike on paper, the record pairs put in one cluster, and how
 * many of them are right (same person). A false pair here is two relatives or namesakes made one person.
 * The groups come from the generator's {@code persons.csv} ({@code person_id}, {@code kind} = {@code twin:G1}).
 */
public record HardNegativeEvaluation(Map<String, Figures> byKind) {

    /** Pairs of records of one group in one cluster; correct = of the same person; groups with a false pair. */
    public record Figures(long groups, long predictedPairs, long correctPairs, long groupsMerged) {

        public double precision() {
            return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
        }

        Figures plus(Figures o) {
            return new Figures(groups + o.groups, predictedPairs + o.predictedPairs, correctPairs + o.correctPairs,
                    groupsMerged + o.groupsMerged);
        }
    }

    public Figures all() {
        return byKind.values().stream().reduce(new Figures(0, 0, 0, 0), Figures::plus);
    }

    public static HardNegativeEvaluation of(Path personsFile, Path truthFile, Path clustersFile) throws IOException {
        Map<String, String> groupOfPerson = groups(personsFile);
        Map<String, String> truth = PairwiseEvaluation.twoColumns(truthFile);
        Map<String, String> predicted = PairwiseEvaluation.twoColumns(clustersFile);
        Map<String, Map<String, Long>> clusterCells = new HashMap<>();
        Map<String, Map<String, Long>> personCells = new HashMap<>();
        truth.forEach((record, person) -> {
            String group = groupOfPerson.get(person);
            if (group != null) {
                String cluster = predicted.getOrDefault(record, "\u0000" + record);
                clusterCells.computeIfAbsent(group, g -> new HashMap<>()).merge(cluster, 1L, Long::sum);
                personCells.computeIfAbsent(group, g -> new HashMap<>()).merge(person + "\u0000" + cluster, 1L, Long::sum);
            }
        });
        Map<String, Figures> byKind = new TreeMap<>();
        clusterCells.forEach((group, cells) -> {
            long predictedPairs = pairs(cells);
            long correct = pairs(personCells.get(group));
            byKind.merge(group.substring(0, group.indexOf(':')),
                    new Figures(1, predictedPairs, correct, predictedPairs > correct ? 1 : 0), Figures::plus);
        });
        return new HardNegativeEvaluation(byKind);
    }

    /** person id to {@code kind:group} for the members of hard-negative groups; father and son are one kind. */
    private static Map<String, String> groups(Path personsFile) throws IOException {
        Map<String, String> groups = new HashMap<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(personsFile, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            int person = header == null ? -1 : header.indexOf("person_id");
            int kind = header == null ? -1 : header.indexOf("kind");
            if (person < 0 || kind < 0) {
                throw new IOException(personsFile + ": expected columns person_id and kind (the generator's persons.csv)");
            }
            for (List<String> row; (row = csv.next()) != null; ) {
                String value = row.size() > kind ? row.get(kind).strip() : "";
                if (value.contains(":")) {
                    groups.put(row.get(person).strip(), value.replaceFirst("^(father|son):", "father_and_son:"));
                }
            }
        }
        return groups;
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
