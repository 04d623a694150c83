package kz.koshi.browser;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kz.koshi.reporting.open.PeopleFigures;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 17, open data in the browser: an anonymous visitor opens the page in Kazakh and in Russian, reads what the
 * files hold and how small counts are hidden, and downloads last year's CSV, in which no count of 1-4 appears.
 */
@Import(PeopleFigures.class)
class OpenDataBrowserTest extends BrowserJourney {

    static final String JOURNEY = "reporting-open-data";

    @Test
    void anAnonymousVisitorDownloadsLastYearsCsvInKazakh() throws Exception {
        Page page = browser.newContext().newPage();
        page.navigate(url("/public/open-data?lang=kk"));
        assertThat(page.locator("h1")).hasText("Ашық деректер");
        assertThat(page.locator("main")).containsText("«x»");
        step(page, JOURNEY, "01-page-kk");
        int lastYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).getYear() - 1;
        Download download = page.waitForDownload(() -> page.getByText(lastYear + " жылғы CSV").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("koshi-open-data-" + lastYear + ".csv");
        List<String> rows = Files.readAllLines(download.path());
        org.assertj.core.api.Assertions.assertThat(rows.getFirst()).isEqualTo("figure,dimension,period,key,value");
        org.assertj.core.api.Assertions.assertThat(rows.stream().skip(1).map(r -> r.substring(r.lastIndexOf(',') + 1)))
                .isNotEmpty().allMatch(v -> v.equals("x") || Long.parseLong(v) == 0 || Long.parseLong(v) >= 5);
        page.navigate(url("/public/open-data?lang=ru"));
        assertThat(page.locator("h1")).hasText("Открытые данные");
        step(page, JOURNEY, "02-page-ru");
    }
}
