package kz.koshi.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code raw-code-allow-list.txt}: technical strings an officer may read as they are. One entry a line,
 * {@code string | reason} or {@code string @ /path-prefix | reason} (only on pages under that path; {@code /path$} for
 * that page alone); an entry
 * without a reason is refused, so that every exception says why it is one.
 */
record AllowList(List<Entry> entries) {

    record Entry(String string, String pathPrefix, String reason) {

        boolean allows(String found, String path) {
            boolean onPage = pathPrefix == null || (pathPrefix.endsWith("$") ? path.replaceFirst("[? ].*", "").equals(
                    pathPrefix.substring(0, pathPrefix.length() - 1)) : path.startsWith(pathPrefix));
            return found.equals(string) && onPage;
        }
    }

    static AllowList load() {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AllowList.class.getResourceAsStream("/raw-code-allow-list.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(entry(line));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AllowList(entries);
    }

    private static Entry entry(String line) {
        int bar = line.indexOf(" | ");
        if (bar < 0 || line.substring(bar + 3).isBlank()) {
            throw new IllegalStateException("raw-code-allow-list.txt: an entry needs ' | reason': " + line);
        }
        String[] what = line.substring(0, bar).strip().split(" @ ", 2);
        return new Entry(what[0], what.length > 1 ? what[1].strip() : null, line.substring(bar + 3).strip());
    }

    /** Whether a finding ("kind: string") on the page at this path (or "POST /path (empty form)") is allowed. */
    boolean allows(String finding, String path) {
        String found = finding.substring(finding.indexOf(": ") + 2);
        String page = path.replaceFirst("^(GET|POST) ", "");
        return entries.stream().anyMatch(e -> e.allows(found, page));
    }
}
