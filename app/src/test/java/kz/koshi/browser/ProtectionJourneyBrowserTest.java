package kz.koshi.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A social worker's journey with a trafficking victim, from screening to closure: screening with indicators,
 * the case with its reflection period, referral to the crisis centre, acceptance, admission, the plan, a
 * service, an employment referral, closure and a follow-up; then the supervisor's and career centre's views.
 */
class ProtectionJourneyBrowserTest extends BrowserJourney {

    @Test
    void fromScreeningToClosure() {
        Page page = login("social");
        page.navigate(url("/protection?lang=en"));
        assertThat(page.locator("h1")).hasText("My cases");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New screening")).first().click();

        page.getByLabel("Identification pathway").selectOption("HOTLINE");
        page.getByLabel("Type of exploitation").selectOption("LABOUR");
        page.getByLabel("Cross-border").check();
        page.getByLabel("passport or other documents taken").check();
        page.getByLabel("wages taken or withheld").check();
        page.getByLabel("Given name").fill("Dilnoza");
        page.getByLabel("Date of birth").fill("1993-05-17");
        page.getByLabel("Sex").selectOption("F");
        page.getByLabel("Citizenship").selectOption("UZB");
        page.getByLabel("Region").selectOption("KZ-71");
        page.getByLabel("Grounds").fill("Recruited for a café job in Astana; passport taken on arrival; unpaid for three months.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the screening")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Case opened.");
        assertThat(page.locator("main")).containsText("Recovery and reflection period");
        String caseNumber = page.locator("h1 > span").first().textContent();

        page.getByLabel("Crisis centre", new Page.GetByLabelOptions().setExact(true)).selectOption("CRISIS-KZ-71");
        page.locator("#need-MEDICAL").check();
        page.locator("#need-LEGAL").check();
        page.getByLabel("The person consents").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Referral sent.");

        page.navigate(url("/protection"));
        Locator referral = page.locator("tr", new Page.LocatorOptions().setHasText(caseNumber));
        referral.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral accepted");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();

        page.getByLabel("Legal status in Kazakhstan").selectOption("LABOUR_MIGRANT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Admitted");
        page.locator("#plan-MEDICAL").check();
        page.locator("#plan-LEGAL").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Service logged.");

        // Only the two reasons of the law are offered.
        assertThat(page.locator("#extReason option")).hasCount(2);
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).first().selectOption("CRIMINAL_PROCEEDINGS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request the extension")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Extension request sent to the supervisor.");

        Page supervisor = login("supervisor");
        supervisor.navigate(url("/protection/supervision?lang=en"));
        assertThat(supervisor.locator("h1")).hasText("Supervision");
        supervisor.locator("tr", new Page.LocatorOptions().setHasText(caseNumber))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(supervisor.getByRole(AriaRole.STATUS)).hasText("Extension approved.");
        page.reload();
        assertThat(page.locator("main")).containsText("extended");

        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("EMPLOYMENT_REFERRAL");
        page.getByLabel("Phone for the career centre (with consent)").fill("+7 701 234 56 78");
        page.getByLabel("The person agrees to give the career centre their phone").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outcome")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Outcome recorded.");

        page.locator("#closeReason").selectOption("EMPLOYED");
        page.getByLabel("I confirm closing the case: it cannot be reopened and a running reflection period ends.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the case")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Case closed.");
        assertThat(page.locator("main")).containsText("Reflection period ended");
        page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("Started work; doing well.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the contact")).click();
        assertThat(page.locator("main")).containsText("Started work; doing well.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/protection-case-closed.png")).setFullPage(true));

        supervisor.navigate(url("/protection/supervision?lang=en"));
        supervisor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/protection-supervision.png")).setFullPage(true));
        supervisor.navigate(url("/protection/centres"));
        supervisor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/protection-centres.png")).setFullPage(true));

        Page career = login("career");
        career.navigate(url("/employment?lang=en"));
        assertThat(career.locator("main")).containsText("+7 701 234 56 78");
        assertThat(career.locator("main")).not().containsText(caseNumber);
        career.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employment-requests.png")).setFullPage(true));
    }

    /**
     * A child's referral with the legal representative's consent, the centre's supervisor keeping its
     * services and reassigning the case to a new social worker, who then finds it in their caseload; and the
     * analyst's statistics.
     */
    @Test
    void aChildsCaseIsReferredWithTheRepresentativesConsentAndReassignedByTheSupervisor() {
        Page admin = login("admin");
        admin.navigate(url("/admin/officers/new?lang=en"));
        admin.locator("#username").fill("browser.social");
        admin.locator("#fullName").fill("Browser Social Worker");
        admin.locator("#agencyCode").selectOption("CRISIS-KZ-71");
        admin.getByLabel("Social worker", new Page.GetByLabelOptions().setExact(true)).check();
        admin.locator("#initialPassword").fill("Koshi-browser-2026");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("The account has been created.");

        Page page = login("social");
        page.navigate(url("/protection/screenings/new?lang=en"));
        page.getByLabel("Identification pathway").selectOption("HOTLINE");
        page.getByLabel("Type of exploitation").selectOption("SEXUAL");
        page.getByLabel("threats").first().check();
        page.getByLabel("Given name").fill("Aruzhan");
        page.getByLabel("Date of birth").fill(java.time.LocalDate.now().minusYears(15).toString());
        page.getByLabel("Sex").selectOption("F");
        page.getByLabel("Citizenship").selectOption("KAZ");
        page.getByLabel("Region").selectOption("KZ-71");
        page.getByLabel("Grounds").fill("Recruited online for modelling work; held in a flat; threats against her family.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the screening")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Case opened.");
        String caseUrl = page.url();
        String caseNumber = page.locator("h1 > span").first().textContent();

        assertThat(page.locator("main")).containsText("The person is under 18: the legal representative gives consent");
        page.getByLabel("Crisis centre", new Page.GetByLabelOptions().setExact(true)).selectOption("CRISIS-KZ-71");
        page.locator("#need-PSYCHOLOGICAL").check();
        assertThat(page.locator("#toAgency")).hasValue("CRISIS-KZ-71");
        page.getByLabel("Full name of the legal representative").fill("Saule Nurlanovna");
        page.getByLabel("Relation to the child").selectOption("PARENT");
        page.getByLabel("The legal representative consents").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Referral sent.");
        assertThat(page.locator("main")).containsText("Saule Nurlanovna · Parent");

        Page supervisor = login("supervisor");
        supervisor.navigate(url("/protection/centres?lang=en"));
        supervisor.locator("#offer-CULTURAL").uncheck();
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save places and services")).click();
        assertThat(supervisor.getByRole(AriaRole.STATUS)).hasText("Places and services saved.");
        assertThat(supervisor.locator("main")).containsText("Last changed by Мария Ким");
        supervisor.locator("#offer-CULTURAL").check();
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save places and services")).click();

        supervisor.navigate(caseUrl + "?lang=en");
        supervisor.getByLabel("Салтанат Нурланова").uncheck();
        supervisor.getByLabel("Browser Social Worker").check();
        supervisor.locator("#assignmentReason").selectOption("WORKLOAD");
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the assignment")).click();
        assertThat(supervisor.getByRole(AriaRole.STATUS)).hasText("Assignment saved.");
        assertThat(supervisor.locator("main")).containsText("Workers on the case changed");
        supervisor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/protection-reassigned.png")).setFullPage(true));

        Page second = login("browser.social", "Koshi-browser-2026");
        second.navigate(url("/protection?lang=en"));
        assertThat(second.locator("main")).containsText(caseNumber);
        page.navigate(caseUrl + "?lang=en");
        assertThat(page.locator("main")).containsText("Break the glass");

        Page analyst = login("analyst");
        analyst.navigate(url("/reports?lang=en"));
        analyst.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Victim protection").setExact(true)).first().click();
        assertThat(analyst).hasURL(java.util.regex.Pattern.compile(".*/reports/PROTECTION.*"));
        assertThat(analyst.locator("main")).not().containsText(caseNumber);
        analyst.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/protection-statistics.png")).setFullPage(true));
    }

}
