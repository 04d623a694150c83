package kz.koshi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days are Kazakhstan's days (issue #12): no code takes "today" from the server's zone or UTC, no day, year or
 * deadline is derived from an instant in UTC, and no page formats a time in UTC. Instants are stored as UTC
 * {@code OffsetDateTime}s, which is allowed. Every offending line is named.
 */
class KazakhstanDayInSourcesTest {

    private static final Pattern JAVA = Pattern.compile("Clock\\.systemUTC\\(\\)|Local(Date|DateTime)\\.now\\(\\)"
            + "|ZoneOffset\\.UTC.*(getYear|toLocalDate)|Local(Date|DateTime)\\.ofInstant\\([^;]*ZoneOffset\\.UTC|atStartOfDay\\(\\)");
    private static final Pattern TEMPLATE = Pattern.compile("'UTC'");

    @Test
    void noDayIsTakenFromUtcOrTheServersZone() throws IOException {
        assertThat(offending(Path.of("src/main/java"), ".java", JAVA)).isEmpty();
    }

    @Test
    void noPageFormatsATimeInUtc() throws IOException {
        assertThat(offending(Path.of("src/main/resources/templates"), ".html", TEMPLATE)).isEmpty();
    }

    private static List<String> offending(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
