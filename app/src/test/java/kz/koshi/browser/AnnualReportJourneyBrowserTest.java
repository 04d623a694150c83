package kz.koshi.browser;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 17 in the browser: the commission's analyst opens the annual report from the navigation in Kazakh, downloads
 * it as PDF and XLSX, and sees a reversed period refused on the form. Screenshots in
 * {@code target/screenshots/reporting-annual/}.
 */
class AnnualReportJourneyBrowserTest extends BrowserJourney {

    @Test
    void theAnalystDownloadsTheReportInKazakh() throws Exception {
        Page page = login("analyst");
        page.navigate(url("/?lang=kk"));
        page.locator("ul.tiles").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Жылдық есеп")).click();
        assertThat(page.locator("h1")).hasText("Комиссияның жылдық есебі");
        assertThat(page.getByLabel("Есеп тілі")).hasValue("kk");
        step(page, "reporting-annual", "01-form-kk");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PDF жүктеу")).click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).endsWith("-kk.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
                    .contains("Ведомствоаралық комиссияның есебі", "Негізгі көрсеткіштер", "Анықтамалар мен дереккөздер");
        }
        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("XLSX жүктеу")).click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(xlsx.path())).startsWith((byte) 'P', (byte) 'K');
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).endsWith("-kk.xlsx");

        page.getByLabel("Басы").fill("2025-12-31");
        page.getByLabel("Соңы").fill("2025-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PDF жүктеу")).click();
        assertThat(page.locator("#from-error")).hasText("Кезеңнің басы оның соңынан кейін тұр.");
        assertThat(page.locator("h1")).hasText("Комиссияның жылдық есебі");
        step(page, "reporting-annual", "02-refused-kk");

        page.navigate(url("/reports/annual?lang=ru"));
        assertThat(page.locator("h1")).hasText("Годовой отчёт Комиссии");
        step(page, "reporting-annual", "03-form-ru");
    }
}
