package kz.koshi.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue #13 as officers see it: the review page, the audit trail and the officers list in Russian and Kazakh name
 * fields, levels, actions and agencies in words. Screenshots under target/screenshots/names-not-codes/.
 */
class NamesNotCodesBrowserTest extends BrowserJourney {

    @Test
    void reviewAuditAndOfficersSpeakTheViewersLanguage() {
        Page police = login("police");
        police.navigate(url("/persons/review?lang=ru"));
        police.locator("main a[href^='/persons/review/']").first().click();
        assertThat(police.locator("main")).containsText("Фамилия");
        assertThat(police.locator("main")).not().containsText("surname");
        assertThat(police.locator("main")).not().containsText("exact");
        step(police, "names-not-codes", "01-review-ru");
        police.navigate(police.url().replaceAll("\\?.*", "") + "?lang=kk");
        assertThat(police.locator("main")).containsText("Тегі");
        step(police, "names-not-codes", "02-review-kk");

        Page admin = login("admin", 1366, 768);
        admin.navigate(url("/admin/audit?lang=kk"));
        assertThat(admin.locator("main table")).containsText("Жүйеге кіру");
        assertThat(admin.locator("main table")).not().containsText("LOGIN_SUCCEEDED");
        step(admin, "names-not-codes", "03-audit-kk");
        admin.navigate(url("/admin/officers?lang=ru"));
        assertThat(admin.locator("main table")).not().containsText("CRISIS-KZ-71");
        step(admin, "names-not-codes", "04-officers-ru");

        Page social = login("social");
        social.navigate(url("/protection?lang=kk"));
        assertThat(social.locator("main")).not().containsText("break-the-glass");
        step(social, "names-not-codes", "05-protection-kk");
    }
}
