package kz.koshi.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One generated population (6,000 persons, seed 11) shared by the data-quality tests, generated once per
 * test JVM so the shared two-core machine does not generate it once per test class.
 */
final class GeneratedPopulation {

    static final int PERSONS = 6000;

    private static GeneratedPopulation instance;

    final Map<String, Map<String, String>> persons;
    final List<Map<String, String>> records;
    final Map<String, String> truth;

    private GeneratedPopulation(Path dir) throws IOException {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        int exit = new GenerateCommand().run(List.of("--persons", String.valueOf(PERSONS), "--out", dir.toString(),
                "--seed", "11"), sink, sink);
        assertThat(exit).isZero();
        persons = CsvFiles.records(dir.resolve("persons.csv")).stream()
                .collect(Collectors.toMap(p -> p.get("person_id"), Function.identity()));
        records = CsvFiles.records(dir.resolve("records.csv"));
        truth = CsvFiles.records(dir.resolve("truth.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("record_id"), r -> r.get("person_id")));
    }

    static synchronized GeneratedPopulation get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("koshi-generated-");
                instance = new GeneratedPopulation(dir);
                delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Map<String, String> golden(Map<String, String> record) {
        return persons.get(truth.get(record.get("record_id")));
    }

    List<Map<String, String>> feed(String source) {
        return records.stream().filter(r -> r.get("source").equals(source)).toList();
    }

    static double share(List<Map<String, String>> rows, Predicate<Map<String, String>> test) {
        return rows.stream().filter(test).count() / (double) rows.size();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
