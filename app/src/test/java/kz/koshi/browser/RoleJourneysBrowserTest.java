package kz.koshi.browser;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13: each role that no other journey covers signs in and does its daily job as far as the platform offers it
 * today, in Russian and Kazakh, at 1366x768; each step is saved as {@code target/screenshots/<role>/NN-what.png}. The
 * texts looked for are the bundles' own (ru, kk), so a raw key or an English word on the page fails.
 */
class RoleJourneysBrowserTest extends BrowserJourney {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KK = Locale.forLanguageTag("kk");

    @Autowired
    MessageSource messages;

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private Page signIn(String role) {
        return login(role, 1366, 768);
    }

    private void open(Page page, String path, String lang) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        page.waitForLoadState();
    }

    private Locator nav(Page page) {
        return page.locator(".main-nav");
    }

    private void press(Page page, String key, Locale locale) {
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text(key, locale)).setExact(true))
                .click();
    }

    @Test
    void theAdministratorKeepsOfficersTokensAndTheAuditTrailAndRunsTheSweep() {
        Page page = signIn("admin");
        open(page, "/", "ru");
        assertThat(page.locator("h1")).hasText(text("home.heading.ADMIN", RU));
        assertThat(nav(page).locator("a[href='/stay']")).hasCount(0);
        step(page, "admin", "01-home-ru");

        open(page, "/admin/officers/new", "kk");
        press(page, "common.save", KK);
        assertThat(page.locator("#username-error")).isVisible();
        step(page, "admin", "02-officer-errors-kk");
        page.locator("#username").fill("layout.police2");
        page.locator("#fullName").fill("Айгерим Сапарова");
        page.locator("#agencyCode").selectOption("MVD-MIGRATION");
        page.locator("input[name=roles][value=MIGRATION_OFFICER]").check();
        page.locator("#initialPassword").fill("Layout-journey-2026!");
        press(page, "common.save", KK);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("officer.created", KK));
        assertThat(page.locator("main")).containsText("layout.police2");
        step(page, "admin", "03-officer-created-kk");

        open(page, "/admin/tokens", "ru");
        page.locator("#name").fill("Акимат: учёт регистраций");
        page.locator("#agencyCode").selectOption("AKIMAT-KZ-71");
        page.locator("input[name=scopes][value=STAY_READ]").check();
        page.locator("#expiresOn").fill(LocalDate.now().plusMonths(6).toString());
        press(page, "token.issue", RU);
        assertThat(page.locator("#issued-secret")).isVisible();
        step(page, "admin", "04-token-issued-ru");

        open(page, "/admin/audit", "ru");
        page.locator("#actor").fill("ADMIN");
        press(page, "common.filter", RU);
        assertThat(page.locator("table.data tbody tr").first()).containsText("Айгерим Сапарова");
        step(page, "admin", "05-audit-by-actor-ru");
        open(page, "/admin/audit", "kk");
        page.locator("#from").fill(LocalDate.now().toString());
        page.locator("#to").fill(LocalDate.now().minusDays(5).toString());
        press(page, "common.filter", KK);
        assertThat(page.locator("main")).containsText(text("audit.from.after-to", KK));
        step(page, "admin", "06-audit-period-error-kk");

        Traveller.entered(port, "LY0013401", "SWEEPOVA", 40);
        open(page, "/", "kk");
        nav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("section.sweep.title", KK))).click();
        assertThat(page.locator("h1")).hasText(text("section.sweep.title", KK));
        press(page, "stay.sweep.run", KK);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(text("stay.sweep.done", KK, "X", "Y", "Z").substring(0, 12));
        step(page, "admin", "07-sweep-run-kk");
        open(page, "/admin/audit?action=STAY_SWEEP_RUN", "ru");
        assertThat(page.locator("table.data tbody tr").first()).containsText("Айгерим Сапарова");
        step(page, "admin", "08-sweep-audited-ru");
    }

    @Test
    void theLabourMinistryReadsStayFilesAndStatisticsAndRefersAPerson() {
        String person = Traveller.entered(port, "LY0013101", "TRUDOVA", 12);
        Page page = signIn("labour");
        open(page, "/", "ru");
        assertThat(page.locator("h1")).hasText(text("home.heading.LABOUR_OFFICER", RU));
        step(page, "labour", "01-home-ru");
        open(page, "/stay", "ru");
        page.locator("#person").fill(person);
        press(page, "stay.person.open", RU);
        assertThat(page.locator("h1")).hasText(text("stay.person.heading", RU, person));
        step(page, "labour", "02-stay-file-ru");
        open(page, "/stay/persons/" + person, "kk");
        assertThat(page.locator("h1")).hasText(text("stay.person.heading", KK, person));
        step(page, "labour", "03-stay-file-kk");

        open(page, "/protection/statistics", "ru");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports/PROTECTION$"));
        step(page, "labour", "04-statistics-ru");

        open(page, "/employment/referrals", "kk");
        page.locator("#personNumber").fill(person);
        press(page, "employment.referral.submit", KK);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("employment.referral.made", KK));
        step(page, "labour", "05-referred-kk");
    }

    @Test
    void theAkimatReadsAStayFileAndRefersAPersonToItsCareerCentre() {
        String person = Traveller.entered(port, "LY0013201", "AKIMOVA", 3);
        Page page = signIn("akimat");
        open(page, "/", "ru");
        assertThat(page.locator("h1")).hasText(text("home.heading.AKIMAT_OFFICER", RU));
        step(page, "akimat", "01-home-ru");
        open(page, "/stay/persons/" + person, "ru");
        assertThat(page.locator("h1")).hasText(text("stay.person.heading", RU, person));
        step(page, "akimat", "02-stay-file-ru");

        open(page, "/employment/referrals", "kk");
        page.locator("#personNumber").fill("KP12");
        press(page, "employment.referral.submit", KK);
        assertThat(page.locator("main")).containsText(text("employment.referral.person-invalid", KK));
        step(page, "akimat", "03-referral-error-kk");
        page.locator("#personNumber").fill(person);
        press(page, "employment.referral.submit", KK);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("employment.referral.made", KK));
        step(page, "akimat", "04-referred-kk");
        open(page, "/kandas", "ru");
        assertThat(page.locator("h1")).hasText(text("kandas.families.title", RU));
        step(page, "akimat", "05-kandas-families-ru");
    }

    @Test
    void theProsecutorFindsAPersonReadsTheStayFileAndSeesWhoReadIt() {
        String person = Traveller.entered(port, "LY0013301", "NADZOROVA", 40);
        Page page = signIn("prosecutor");
        open(page, "/", "ru");
        assertThat(page.locator("h1")).hasText(text("home.heading.PROSECUTOR", RU));
        step(page, "prosecutor", "01-home-ru");
        open(page, "/persons", "ru");
        page.locator("#q").fill("NADZOROVA");
        page.locator("#q").press("Enter");
        page.locator("main a[href='/persons/" + person + "']").first().click();
        assertThat(page.locator("h1")).containsText("NADZOROVA");
        step(page, "prosecutor", "02-person-ru");
        open(page, "/persons/" + person, "kk");
        assertThat(page.locator("h1")).containsText("NADZOROVA");
        step(page, "prosecutor", "03-person-kk");
        open(page, "/stay/persons/" + person, "ru");
        assertThat(page.locator("h1")).hasText(text("stay.person.heading", RU, person));
        step(page, "prosecutor", "04-stay-file-ru");
        open(page, "/admin/audit", "ru");
        page.locator("#subjectId").fill(person);
        press(page, "common.filter", RU);
        assertThat(page.locator("table.data tbody tr").first()).containsText("Бауыржан Оспанов");
        step(page, "prosecutor", "05-audit-reads-of-person-ru");
        open(page, "/protection/parties", "kk");
        assertThat(page.locator("h1")).isVisible();
        step(page, "prosecutor", "06-trafficking-links-kk");
    }

    @Test
    void theAnalystsOldStatisticsAddressesLeadToTheProtectionPanel() {
        Page page = signIn("analyst");
        open(page, "/", "ru");
        assertThat(page.locator("h1")).hasText(text("home.heading.ANALYST", RU));
        step(page, "analyst", "01-home-ru");
        open(page, "/protection/statistics?year=2025", "ru");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports/PROTECTION\\?from=2025-01-01&to=2025-12-31$"));
        step(page, "analyst", "02-statistics-ru");
        open(page, "/protection/statistics?year=1990", "kk");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports/PROTECTION$"));
        step(page, "analyst", "03-old-year-kk");
    }

    @Test
    void theEmploymentAgencyOpensItsOwnFileAndNothingElse() {
        Page page = signIn("agency");
        open(page, "/", "ru");
        assertThat(page.locator("h1")).hasText(text("home.heading.AGENCY_OPERATOR", RU));
        step(page, "agency", "01-home-ru");
        open(page, "/recruitment", "kk");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/recruitment/agency.*"));
        assertThat(page.locator("h1")).isVisible();
        step(page, "agency", "02-own-file-kk");
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/stay?lang=ru")).status()).isEqualTo(403);
        step(page, "agency", "03-stay-refused-ru");
    }

    @Test
    void theGuardianshipOfficerOpensTheQueueOfReferredChildren() {
        Page page = signIn("guardian");
        open(page, "/", "ru");
        nav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("section.guardianship.title", RU))).click();
        assertThat(page.locator("h1")).isVisible();
        assertThat(nav(page).locator("a[aria-current=page]")).hasText(text("section.guardianship.title", RU));
        step(page, "guardian", "01-queue-ru");
        open(page, "/protection/guardianship", "kk");
        assertThat(nav(page).locator("a[aria-current=page]")).hasText(text("section.guardianship.title", KK));
        step(page, "guardian", "02-queue-kk");
    }
}
