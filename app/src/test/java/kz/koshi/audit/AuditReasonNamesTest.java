package kz.koshi.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13: every audit reason the sources state ({@code AuditReason.of("cases-listed", ...)}, also either key of a
 * {@code flag ? "a" : "b"}) has a text in ru, kk and en, and no source outside the audit module builds a reason any
 * other way than with a literal key or as an officer's words.
 */
class AuditReasonNamesTest {

    private static final Pattern STATED = Pattern.compile("AuditReason\\.of\\(\\s*(?:[\\w.()!]+ \\? )?\"([^\"]*)\"(?: : \"([^\"]*)\")?");
    private static final Pattern ANY_OF = Pattern.compile("AuditReason\\.of\\(");

    @Test
    void everyStatedReasonHasATextInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        for (Path source : sources()) {
            String code = Files.readString(source).replaceAll("\\s+", " ");
            Matcher m = STATED.matcher(code);
            int stated = 0;
            while (m.find()) {
                stated++;
                keys.add(AuditReason.PREFIX + m.group(1));
                if (m.group(2) != null) {
                    keys.add(AuditReason.PREFIX + m.group(2));
                }
            }
            if (ANY_OF.matcher(code).results().count() != stated) {
                unreadable.add(source + ": AuditReason.of with a key that is not a literal");
            }
            if (!source.startsWith(Path.of("src/main/java/kz/koshi/audit")) && code.contains("new AuditReason(")) {
                unreadable.add(source + ": new AuditReason(...) outside the audit module; use AuditReason.of or officersWords");
            }
        }
        assertThat(unreadable).isEmpty();
        assertThat(keys).hasSizeGreaterThan(50).contains("audit.reason.cases-listed", "audit.reason.cases-found");
        keys.add(AuditReason.PREFIX + AuditReason.OFFICERS_WORDS);
        for (String bundle : List.of("/messages.properties", "/messages_kk.properties", "/messages_en.properties")) {
            Set<String> named = load(bundle).stringPropertyNames();
            assertThat(keys).as(bundle).allSatisfy(key -> assertThat(named).as(bundle).contains(key));
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("src/main/java"))) {
            return all.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private Properties load(String name) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream(name)) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
