package kz.koshi.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13: the audit viewer names each action and subject in the viewer's language. Every action and subject type
 * the sources record with a literal ({@code AuditEvent.success("CASE_READ", "protection_case", ...)}) has a name.
 */
class AuditActionNamesTest {

    private static final Pattern RECORDED = Pattern.compile("(?:AuditEvent\\.success|new AuditEvent)\\(\\s*(?:\\w+ \\? )?\"([A-Z_]+)\"(?: : \"([A-Z_]+)\")?,\\s*\"([a-z_]+)\"");

    @Test
    void everyRecordedActionAndSubjectHasAName() throws IOException {
        Properties bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/messages_en.properties")) {
            bundle.load(in);
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RECORDED.matcher(Files.readString(source).replaceAll("\\s+", " "));
                while (m.find()) {
                    named.add("audit.action." + m.group(1));
                    if (m.group(2) != null) {
                        named.add("audit.action." + m.group(2));
                    }
                    named.add("audit.subject." + m.group(3));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(80);
        assertThat(named).allSatisfy(key -> assertThat(bundle.stringPropertyNames()).contains(key));
    }
}
