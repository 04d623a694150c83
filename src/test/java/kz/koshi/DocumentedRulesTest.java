package kz.koshi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docs and code cannot drift apart (issue 12, section 5): every row of a rules table
 * ({@code | Rule | Class | Test |}) in the module docs names the class that implements the rule, as
 * {@code `module.Class`} or {@code `module.Class#member`} under {@code kz.koshi}, and the test that proves it, as
 * {@code `TestClass#testMethod`}; both must exist in the source tree, and the test method must be a test.
 */
class DocumentedRulesTest {

    static final Path MAIN = Path.of("src/main/java/kz/koshi");
    static final Path TESTS = Path.of("src/test/java");
    /** The docs that must hold a rules table; docs/stay.md is checked too where it has one. */
    static final List<String> REQUIRED = List.of("docs/border.md", "docs/protection.md");
    static final Pattern CODE = Pattern.compile("`([^`]+)`");

    record Row(String doc, int line, String rule, List<String> classes, List<String> tests) {
        @Override
        public String toString() {
            return doc + ":" + line + " (" + rule + ")";
        }
    }

    @Test
    void everyDocumentedRuleNamesAClassAndATestThatExist() {
        Map<String, Path> testFiles = javaFiles(TESTS);
        List<String> defects = new ArrayList<>();
        for (String doc : docs()) {
            List<Row> rows = rows(doc);
            if (rows.isEmpty() && REQUIRED.contains(doc)) {
                defects.add(doc + " has no rules table (| Rule | Class | Test |)");
            }
            for (Row row : rows) {
                defects.addAll(defects(row, testFiles));
            }
        }
        assertThat(defects).as("rules whose class or test is missing").isEmpty();
    }

    @Test
    void theCheckFindsARuleWithoutATestAndANameThatDoesNotExist() {
        Map<String, Path> testFiles = javaFiles(TESTS);
        Row untested = parse("x.md", 1, "| A rule | `border.CrossingCheck` | |");
        Row wrong = parse("x.md", 2, "| A rule | `border.NoSuchClass` | `AlertsTest#noSuchTest` |");
        Row right = parse("x.md", 3, "| A rule | `border.BorderRecords#imposeBan` | `AlertsTest#aDelayedRecordOfABannedEntryCompletesButKeepsTheAlert` |");
        assertThat(defects(untested, testFiles)).hasSize(1);
        assertThat(defects(wrong, testFiles)).hasSize(2);
        Row helper = parse("x.md", 4, "| A rule | `protection.Outcomes` | `ProtectionApiTest#badInputIsRefusedWithNothingChanged`, "
                + "`EligibilityRulesTest#underThe2016TermsTemporaryResidentsLabourMigrantsAndRefugeesAreRefused`, `DocumentedRulesTest#read` |");
        assertThat(defects(right, testFiles)).isEmpty();
        assertThat(defects(helper, testFiles)).as("a helper is no test").containsExactly("x.md:4 (A rule): no test DocumentedRulesTest#read");
    }

    static List<String> docs() {
        return Stream.concat(REQUIRED.stream(), Stream.of("docs/stay.md").filter(d -> Files.exists(Path.of(d)))).toList();
    }

    static List<Row> rows(String doc) {
        List<String> lines = read(Path.of(doc));
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.replace(" ", "").startsWith("|Rule|Class|Test|")) {
                inTable = true;
                i++;
            } else if (inTable && line.startsWith("|")) {
                rows.add(parse(doc, i + 1, line));
            } else {
                inTable = false;
            }
        }
        return rows;
    }

    static Row parse(String doc, int line, String text) {
        String[] cells = text.split("\\|", -1);
        String cell2 = cells.length > 2 ? cells[2] : "";
        String cell3 = cells.length > 3 ? cells[3] : "";
        return new Row(doc, line, cells.length > 1 ? cells[1].strip() : "", names(cell2), names(cell3));
    }

    static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static List<String> defects(Row row, Map<String, Path> testFiles) {
        List<String> defects = new ArrayList<>();
        if (row.classes().isEmpty() || row.tests().isEmpty()) {
            defects.add(row + ": names no class or no test");
        }
        row.classes().stream().filter(c -> !classExists(c)).forEach(c -> defects.add(row + ": no class " + c));
        row.tests().stream().filter(t -> !testExists(t, testFiles)).forEach(t -> defects.add(row + ": no test " + t));
        return defects;
    }

    static boolean classExists(String name) {
        String[] parts = name.split("#", 2);
        Path file = MAIN.resolve(parts[0].replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return parts.length == 1 || Pattern.compile("\\b" + Pattern.quote(parts[1]) + "\\s*\\(")
                .matcher(String.join("\n", read(file))).find();
    }

    static boolean testExists(String name, Map<String, Path> testFiles) {
        String[] parts = name.split("#", 2);
        Path file = testFiles.get(parts[0]);
        if (parts.length < 2 || file == null) {
            return false;
        }
        List<String> lines = read(file);
        Pattern method = Pattern.compile("void\\s+" + Pattern.quote(parts[1]) + "\\s*\\(");
        for (int i = 0; i < lines.size(); i++) {
            if (method.matcher(lines.get(i)).find()) {
                return annotatedAsTest(lines, i);
            }
        }
        return false;
    }

    /** The lines above a method up to the end of the previous member: its annotations and comments. */
    static boolean annotatedAsTest(List<String> lines, int methodLine) {
        for (int i = methodLine; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("@Test") || line.startsWith("@ParameterizedTest")) {
                return true;
            }
            if (i < methodLine && (line.equals("}") || line.endsWith(";") || line.endsWith("{"))) {
                return false;
            }
        }
        return false;
    }

    static Map<String, Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), p -> p, (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
