package kz.koshi.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import kz.koshi.fuzz.DemoIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13, "Done when": no page of any role shows a raw code. Signs in as every demo account in Russian, Kazakh
 * and English over real HTTP, reads every page its navigation and links reach (and each form sent empty) on the
 * demo data, and fails listing page and string for every enum code, message key, reference code, English validator
 * default or English word it finds that {@code raw-code-allow-list.txt} does not allow with a reason; and every select of
 * countries, regions, agencies, centres or checkpoints that is not in the viewer's alphabet or offers an abolished region.
 * Its own in-memory database, as the empty forms it sends may be answered with a refusal that is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:koshi-rawcodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class NoRawCodesOnPagesTest {

    static final List<String> LANGUAGES = List.of("ru", "kk", "en");
    static final int MAX_PAGES = 80;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noPageOfAnyRoleShowsARawCodeInAnyLanguage() {
        RawCodeFinder finder = new RawCodeFinder(RawCodeVocabulary.load(jdbc));
        AllowList allowed = AllowList.load();
        Set<String> abolished = Set.copyOf(jdbc.sql("select code from region where valid_to is not null").query(String.class).list());
        Map<String, Set<String>> findings = new TreeMap<>();
        Map<String, Integer> pagesRead = new TreeMap<>();
        List<String> visited = new java.util.ArrayList<>();
        Map<String, String> seenIn = new TreeMap<>();
        for (String account : DemoIdentities.ACCOUNTS) {
            for (String language : LANGUAGES) {
                SiteCrawl crawl = new SiteCrawl("http://127.0.0.1:" + port, MAX_PAGES);
                crawl.signIn(account, DemoIdentities.PASSWORD, language);
                pagesRead.put(account + "/" + language, crawl.walk((path, page) -> {
                    visited.add(account + " " + language + " " + path);
                    if (page.selectFirst("html[lang]") != null) { // a whole page, not an htmx fragment
                        assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(language);
                    }
                    SelectOrder.find(page, language, abolished).forEach((f, seen) -> {
                        if (!allowed.allows(f, path)) {
                            findings.computeIfAbsent(f, k -> new TreeSet<>()).add(language + " " + account + " " + path);
                            seenIn.putIfAbsent(f, seen);
                        }
                    });
                    for (String text : VisibleText.of(page)) {
                        finder.find(text, language).stream().filter(f -> !allowed.allows(f, path)).forEach(f -> {
                            findings.computeIfAbsent(f, k -> new TreeSet<>()).add(language + " " + account + " " + path);
                            seenIn.putIfAbsent(f, text.length() > 120 ? text.substring(0, 120) + "…" : text);
                        });
                    }
                }));
            }
        }
        System.out.println("Raw-code check: pages read per account/language " + pagesRead);
        write(visited);
        assertThat(pagesRead.values()).allSatisfy(n -> assertThat(n).isGreaterThan(1));
        assertThat(report(findings, seenIn)).isEmpty();
    }

    /** The pages read, for a person who wants to know what the check covered: target/raw-code-pages.txt. */
    private static void write(List<String> visited) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target/raw-code-pages.txt"), visited);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String report(Map<String, Set<String>> findings, Map<String, String> seenIn) {
        StringBuilder text = new StringBuilder();
        findings.forEach((f, where) -> text.append('\n').append(f).append("  (").append(where.size()).append("x) e.g. ")
                .append(String.join("; ", where.stream().limit(3).toList())).append("\n    in: \"").append(seenIn.get(f)).append('"'));
        return text.toString();
    }
}
