package kz.koshi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library-like engines are plain Java (house rules): no Spring inside and nothing of their host module outside
 * the engine's own packages, so that they can be unit-tested, benchmarked, run from the command line and later on
 * Spark. The sources are read, comments left out, and every reference to a forbidden package is named.
 */
class EnginePurityTest {

    /** The application's sources, then the identity engine's own module (a library of its own, issue 18). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"),
            Path.of("../identity-engine/src/main/java"));

    @ParameterizedTest(name = "{0} is free of Spring and of {1}")
    @CsvSource({"kz.koshi.identity.engine, kz.koshi.identity", "kz.koshi.stay.rules, kz.koshi.stay",
            "kz.koshi.protection.rules, kz.koshi.protection", "kz.koshi.recruitment.rules, kz.koshi.recruitment",
            "kz.koshi.kandas.engine, kz.koshi.kandas", "kz.koshi.reporting.open.suppression, kz.koshi.reporting"})
    void anEngineUsesNeitherSpringNorItsHostModule(String engine, String host) throws IOException {
        Path folder = SOURCES.stream().map(s -> s.resolve(engine.replace('.', '/'))).filter(Files::isDirectory)
                .findFirst().orElse(SOURCES.get(0).resolve(engine.replace('.', '/')));
        assertThat(folder).isDirectory();
        Pattern forbidden = Pattern.compile("\\b(org\\.springframework\\.[\\w.]+|" + Pattern.quote(host) + "\\.(?!"
                + Pattern.quote(engine.substring(host.length() + 1)) + "\\b)[\\w.]+)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = forbidden.matcher(withoutComments(Files.readString(file)));
                while (m.find()) {
                    found.add(folder.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(found).as("references from %s to Spring or to %s", engine, host).isEmpty();
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
