package kz.koshi.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateCommandTest {

    private static final List<String> FEED_FILES = List.of("border.csv", "migration_police.csv", "hotel.csv",
            "labour.csv", "crisis_centre.csv", "career_centre.csv");
    private static final String HEADER =
            "record_id,source,surname,given_name,patronymic,birth_date,sex,citizenship,document_number,national_id,address,phone";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Stream<List<String>> badArguments() {
        return Stream.of(List.of(), List.of("--persons"), List.of("--persons", "10"), List.of("--out", "x"),
                List.of("--persons", "abc", "--out", "x"), List.of("--persons", "0", "--out", "x"),
                List.of("--persons", "-5", "--out", "x"), List.of("--persons", "99999999999", "--out", "x"),
                List.of("--persons", "10", "--out", "x", "--seed", "4.2"),
                List.of("--persons", "10", "--out", "x", "--persons", "11"),
                List.of("--persons", "10", "--out", "x", "--colour", "red"), List.of("--persons=10", "--out="),
                List.of("10", "x"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsGiveUsageOnStderrAndExitCodeTwo(List<String> args) {
        int exit = run(args);
        assertThat(exit).isEqualTo(2);
        assertThat(err()).startsWith("generate: ").contains("Usage: java -jar koshi.jar generate --persons N --out DIR")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run(List.of("--help"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--persons N", "--out DIR", "--seed S", "default 42");
    }

    @Test
    void unwritableOutputIsReportedWithoutStackTrace() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        assertThat(run(List.of("--persons", "5", "--out", file.toString()))).isEqualTo(1);
        assertThat(err()).startsWith("generate: cannot write").doesNotContain("\tat ");
    }

    @Test
    void writesTheAgreedFileLayout() throws IOException {
        Path dir = tmp.resolve("out");
        assertThat(run(List.of("--persons", "300", "--out", dir.toString(), "--seed", "7"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("300 persons");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(FEED_FILES.stream(), Stream.of("records.csv", "truth.csv", "persons.csv")).toList());
        }
        for (String file : Stream.concat(FEED_FILES.stream(), Stream.of("records.csv")).toList()) {
            assertThat(Files.readString(dir.resolve(file))).as(file).startsWith(HEADER + "\r\n");
        }
        assertThat(Files.readString(dir.resolve("truth.csv"))).startsWith("record_id,person_id\r\n");
        assertThat(Files.readString(dir.resolve("persons.csv"))).startsWith(HEADER + ",person_id,kind\r\n");
        assertThat(CsvFiles.records(dir.resolve("persons.csv"))).hasSize(300);
    }

    @Test
    void recordsIsTheFeedsConcatenatedAndTruthCoversEveryRecordOnce() throws IOException {
        Path dir = tmp.resolve("out");
        assertThat(run(List.of("--persons", "400", "--out", dir.toString()))).isZero();
        List<List<String>> concatenated = new ArrayList<>();
        for (String file : FEED_FILES) {
            List<List<String>> rows = CsvFiles.rows(dir.resolve(file));
            String source = file.replace(".csv", "");
            assertThat(rows.subList(1, rows.size())).as(file).allSatisfy(row -> assertThat(row.get(1)).isEqualTo(source));
            concatenated.addAll(rows.subList(1, rows.size()));
        }
        List<List<String>> records = CsvFiles.rows(dir.resolve("records.csv"));
        assertThat(records.subList(1, records.size())).isEqualTo(concatenated);

        List<String> recordIds = concatenated.stream().map(row -> row.getFirst()).toList();
        assertThat(Set.copyOf(recordIds)).hasSameSizeAs(recordIds);
        Map<String, String> truth = CsvFiles.records(dir.resolve("truth.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("record_id"), r -> r.get("person_id")));
        assertThat(truth.keySet()).containsExactlyInAnyOrderElementsOf(recordIds);
        Set<String> personIds = CsvFiles.records(dir.resolve("persons.csv")).stream().map(r -> r.get("person_id"))
                .collect(Collectors.toSet());
        assertThat(personIds).hasSize(400);
        assertThat(Set.copyOf(truth.values())).as("every person has a record, every record a person")
                .isEqualTo(personIds);
    }

    @Test
    void sameArgumentsGiveByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        for (String run : List.of("a", "b")) {
            assertThat(run(List.of("--persons", "500", "--out", tmp.resolve(run).toString(), "--seed", "2025")))
                    .isZero();
        }
        assertThat(run(List.of("--persons", "500", "--out", tmp.resolve("c").toString(), "--seed", "2026"))).isZero();
        for (String file : Stream.concat(FEED_FILES.stream(), Stream.of("records.csv", "truth.csv", "persons.csv"))
                .toList()) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("c").resolve("records.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve("records.csv")));
    }

    @Test
    void defaultSeedIsFortyTwo() throws IOException {
        assertThat(run(List.of("--persons", "50", "--out", tmp.resolve("default").toString()))).isZero();
        assertThat(run(List.of("--persons=50", "--out=" + tmp.resolve("explicit"), "--seed=42"))).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("default").resolve("records.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("explicit").resolve("records.csv")));
    }

    private int run(List<String> args) {
        return new GenerateCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
