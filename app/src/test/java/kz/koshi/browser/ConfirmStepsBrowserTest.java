package kz.koshi.browser;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Irreversible acts ask first, without any script: an administrator revokes a token on a page of its own
 * (reason and a ticked confirmation, in Russian and Kazakh), and a border officer lets a held crossing
 * through only with a reason (the booth's key 1, the reason, Enter: {@code BorderBoothBrowserTest}).
 */
class ConfirmStepsBrowserTest extends BrowserJourney {

    @Test
    void anAdministratorRevokesATokenOnlyAfterGivingAReasonAndConfirming() {
        Page page = login("admin");
        page.navigate(url("/admin/tokens?lang=ru"));
        page.getByLabel("Название системы").fill("Шлюз для проверки отзыва");
        page.getByLabel("Ведомство").selectOption("KNB-BORDER");
        page.getByLabel("reference:read", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выдать")).click();
        String secret = page.locator("#issued-secret").textContent();

        page.locator("tr", new Page.LocatorOptions().setHasText("Шлюз для проверки отзыва"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Отозвать…")).click();
        assertThat(page.locator("h1")).hasText("Отозвать токен «Шлюз для проверки отзыва»?");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/token-revoke-ru.png")).setFullPage(true));
        // Nothing ticked: the browser itself keeps the form (required fields), no script needed.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отозвать").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Отозвать токен «Шлюз для проверки отзыва»?");

        page.navigate(page.url() + "?lang=kk");
        assertThat(page.locator("h1")).hasText("«Шлюз для проверки отзыва» токенін кері қайтарып алу керек пе?");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/token-revoke-kk.png")).setFullPage(true));
        page.getByLabel("Кері қайтарып алу себебі").fill("Шлюз пайдаланудан шығарылды");
        page.getByLabel("Бұл әрекетті болдырмау мүмкін емес екенін түсінемін.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Кері қайтару").setExact(true)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/tokens$"));
        APIResponse refused = page.request().get(url("/api/v1/reference/regions"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + secret));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void aBorderOfficerLetsAHeldCrossingThroughOnlyWithAReason() {
        Page page = login("border");
        APIResponse held = page.request().post(url("/api/v1/crossings"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-border").setHeader("Content-Type", "application/json")
                .setData("""
                        {"direction": "ENTRY", "checkpoint": "ROAD-KORDAI", "occurredAt": "%s",
                         "document": {"type": "PASSPORT", "number": "AC7009001", "issuingCountry": "KGZ", "expiresOn": "2020-01-01"},
                         "surname": "TOKTOGULOV", "givenNames": "AIBEK", "birthDate": "1989-02-11", "sex": "M",
                         "citizenship": "KGZ", "purpose": "WORK"}""".formatted(Instant.now().minus(5, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS))));
        org.assertj.core.api.Assertions.assertThat(held.status()).isEqualTo(201);
        String crossing = held.text().replaceAll("(?s).*\"crossingId\":(\\d+).*", "$1");

        page.navigate(url("/border/crossings/" + crossing + "?lang=ru"));
        assertThat(page.getByLabel("Основание пропуска")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/crossing-allow-ru.png")).setFullPage(true));
        page.navigate(url("/border/crossings/" + crossing + "?lang=kk"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/crossing-allow-kk.png")).setFullPage(true));

        page.navigate(url("/border/crossings/" + crossing + "?lang=en"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();
        assertThat(page.locator("h1")).hasText("Crossing held: awaiting the officer's decision");
        page.getByLabel("Reason for letting through").fill("Consulate letter 44/26 extends the passport");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();
        assertThat(page.locator("h1")).hasText("Crossing recorded");
        assertThat(page.locator("main")).containsText("allowed");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/crossing-allowed-en.png")).setFullPage(true));
    }
}
