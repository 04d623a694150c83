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
 * Docs and code cannot drift apart (issue 12, section 5). A rules table in a module doc is a Markdown table whose
 * header has a "Rule" column and a "Test" column (and usually a "Class" column). Every row must name, in backticks,
 * the class that implements the rule ({@code `border.CrossingCheck`}, {@code `BorderRecords#liftBan`},
 * {@code `StayEngine.assess`}; a class under {@code kz.koshi}, with a member that must appear in it) and the test
 * that proves it ({@code `AlertsTest#aDelayed…`}, {@code `StayEngineTest.name`}, or a whole test class; a trailing
 * "…" stands for the rest of a method's name, a leading one for the test class named before it in the cell). A row
 * naming none, or a class, member, test class or test method that does not exist, fails the build.
 */
class DocumentedRulesTest {

    static final Path ROOT = Path.of(System.getProperty("koshi.rules.root", "."));
    static final Path MAIN = ROOT.resolve("src/main/java");
    static final Path TESTS = ROOT.resolve("src/test/java");
    /** The docs are at the repository's root, one level above the application's module (app/). */
    static final Path DOCS_ROOT = ROOT.resolve("..");
    /** The docs that must hold a rules table; docs/stay.md is checked too where it exists. */
    static final List<String> REQUIRED = List.of("docs/border.md", "docs/protection.md", "docs/recruitment.md",
            "docs/kandas.md", "docs/hotline.md");
    static final List<String> CHECKED_WHERE_PRESENT = List.of("docs/stay.md");
    static final Pattern CODE = Pattern.compile("`([^`]+)`");
    static final Pattern NAME = Pattern.compile("…?[A-Za-z_][\\w.#]*(…|\\.\\.\\.)?(\\(\\))?");

    record Row(String where, List<String> classes, List<String> tests, boolean classColumn) {
        @Override
        public String toString() {
            return where;
        }
    }

    @Test
    void everyDocumentedRuleNamesAClassAndATestThatExist() {
        Sources sources = Sources.scan();
        List<String> defects = new ArrayList<>();
        for (String doc : docs()) {
            List<Row> rows = rows(doc);
            if (rows.isEmpty() && REQUIRED.contains(doc)) {
                defects.add(doc + " has no rules table (| Rule | Class | Test |)");
            }
            rows.forEach(row -> defects.addAll(sources.defects(row)));
        }
        assertThat(defects).as("documented rules whose class or test is missing").isEmpty();
    }

    @Test
    void theCheckFindsARuleWithoutATestAndANameThatDoesNotExist() {
        Sources sources = Sources.scan();
        assertThat(sources.defects(parse("x:1", "| A rule | `border.CrossingCheck` | |", 2, 3))).hasSize(1);
        assertThat(sources.defects(parse("x:2", "| A rule | `border.NoSuchClass`, `BorderRecords#noSuchMember` | "
                + "`AlertsTest#noSuchTest`, `NoSuchTest` |", 2, 3))).hasSize(4);
        assertThat(sources.defects(parse("x:3", "| A rule | `border.BorderRecords#imposeBan`, `CrossingCheck`, `border.mrz.Td1Writer` | "
                + "`AlertsTest#aDelayedRecordOfABannedEntryCompletesButKeepsTheAlert`, `AlertsTest.aChildCitizen…`, "
                + "`…lettingAHeldCrossingThroughNeedsAReasonWhichIsAudited`, `CrossingApiTest` |", 2, 3))).isEmpty();
        assertThat(sources.defects(parse("x:4", "| A rule | `protection.Outcomes` | "
                + "`EligibilityRulesTest#underThe2016TermsTemporaryResidentsLabourMigrantsAndRefugeesAreRefused`, "
                + "`DocumentedRulesTest#read` |", 2, 3))).as("a parameterised test counts, a helper does not")
                .containsExactly("x:4: no test DocumentedRulesTest#read");
        assertThat(rows("docs/border.md")).hasSizeGreaterThan(40);
    }

    static List<String> docs() {
        return Stream.concat(REQUIRED.stream(), CHECKED_WHERE_PRESENT.stream().filter(d -> Files.exists(DOCS_ROOT.resolve(d)))).toList();
    }

    /** The rows of every table whose header names a Rule and a Test column. */
    static List<Row> rows(String doc) {
        List<String> lines = read(DOCS_ROOT.resolve(doc));
        List<Row> rows = new ArrayList<>();
        int classColumn = -1;
        int testColumn = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                testColumn = -1;
                continue;
            }
            List<String> header = cells(line).stream().map(c -> c.strip().toLowerCase()).toList();
            if (testColumn < 0 && header.contains("rule") && header.contains("test") && i + 1 < lines.size()
                    && lines.get(i + 1).strip().startsWith("|-")) {
                classColumn = header.indexOf("class");
                testColumn = header.indexOf("test");
                i++;
            } else if (testColumn >= 0) {
                rows.add(parse(doc + ":" + (i + 1), line, classColumn, testColumn));
            }
        }
        return rows;
    }

    static Row parse(String where, String line, int classColumn, int testColumn) {
        List<String> cells = cells(line);
        return new Row(where, classColumn < 0 ? List.of() : names(cell(cells, classColumn)), names(cell(cells, testColumn)),
                classColumn >= 0);
    }

    static List<String> cells(String line) {
        return List.of(line.split("\\|", -1));
    }

    static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The code names in a cell: backticked tokens that look like a class, member or test reference. */
    static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            if (NAME.matcher(m.group(1)).matches()) {
                names.add(m.group(1).replace("...", "…").replace("()", ""));
            }
        }
        return names;
    }

    /** The source tree: main classes by path and simple name, test classes by simple name. */
    record Sources(Map<String, List<Path>> main, Map<String, List<Path>> tests) {

        static Sources scan() {
            return new Sources(javaFiles(MAIN), javaFiles(TESTS));
        }

        List<String> defects(Row row) {
            List<String> defects = new ArrayList<>();
            if (row.tests().isEmpty() || row.classColumn() && row.classes().isEmpty()) {
                defects.add(row + ": names no " + (row.tests().isEmpty() ? "test" : "class"));
            }
            row.classes().stream().filter(c -> !classExists(c)).forEach(c -> defects.add(row + ": no class " + c));
            String testClass = null;
            for (String test : row.tests()) {
                String named = test.startsWith("…") && testClass != null ? testClass + "#" + test.substring(1) : test;
                testClass = named.split("[#.]", 2)[0];
                if (!testExists(named)) {
                    defects.add(row + ": no test " + test);
                }
            }
            return defects;
        }

        boolean classExists(String name) {
            String[] parts = name.split("#", 2);
            List<String> segments = List.of(parts[0].split("\\."));
            int type = 0;
            while (type < segments.size() && !Character.isUpperCase(segments.get(type).charAt(0))) {
                type++;
            }
            if (type == segments.size()) {
                return false;
            }
            String member = parts.length > 1 ? parts[1] : type + 1 < segments.size() ? segments.get(type + 1) : null;
            String pkg = String.join("/", segments.subList(0, type));
            String simpleName = segments.get(type);
            return main.getOrDefault(simpleName, List.of()).stream()
                    .filter(p -> pkg.isEmpty() || p.endsWith(Path.of("kz/koshi", pkg, simpleName + ".java")))
                    .anyMatch(p -> member == null || mentions(p, member));
        }

        boolean testExists(String name) {
            String[] parts = name.split("[#.]", 2);
            List<Path> files = tests.getOrDefault(parts[0], List.of());
            if (parts.length == 1) {
                return files.stream().anyMatch(p -> read(p).stream().anyMatch(l -> l.strip().startsWith("@Test")
                        || l.strip().startsWith("@ParameterizedTest")));
            }
            boolean prefix = parts[1].endsWith("…");
            Pattern method = Pattern.compile("void\\s+" + Pattern.quote(parts[1].replace("…", "")) + (prefix ? "\\w*" : "") + "\\s*\\(");
            return files.stream().anyMatch(p -> {
                List<String> lines = read(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (method.matcher(lines.get(i)).find() && annotatedAsTest(lines, i)) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    static boolean mentions(Path file, String member) {
        boolean prefix = member.endsWith("…");
        Pattern word = Pattern.compile("\\b" + Pattern.quote(member.replace("…", "")) + (prefix ? "\\w*" : "\\b"));
        return read(file).stream().anyMatch(l -> word.matcher(l).find());
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

    static Map<String, List<Path>> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(p -> p.getFileName().toString().replace(".java", "")));
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
