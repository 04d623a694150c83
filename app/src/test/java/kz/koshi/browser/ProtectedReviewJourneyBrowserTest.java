package kz.koshi.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonResolution;
import kz.koshi.identity.ResolutionOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crisis centre's record that may be a person the migration police know: the police officer's queue does
 * not show it; the centre's supervisor finds it through the protection pages, compares and merges.
 */
class ProtectedReviewJourneyBrowserTest extends BrowserJourney {

    @Autowired
    IdentityResolution identity;

    @Test
    void theCrisisCentreSupervisorDecidesAndThePoliceNeverSeeThePair() {
        PersonResolution police = identity.resolve(new IncomingRecord("migration_police", "bj-pr-1", "Турсунова", "Мохира",
                null, "1990-03-14", "F", "UZB", "FA7711223", null, null, null));
        PersonResolution crisis = identity.resolve(new IncomingRecord("crisis_centre", "bj-pr-2", "Турсунова", "Мохира",
                null, "1990-09-27", "F", "UZB", "FA7711223", null, null, null));
        assertThat(crisis.outcome()).isEqualTo(ResolutionOutcome.PENDING_REVIEW);

        Page officer = login("police");
        officer.navigate(url("/persons/review?lang=en"));
        assertThat(officer.locator("main")).not().containsText(police.personNumber());

        Page supervisor = login("supervisor");
        supervisor.navigate(url("/protection/supervision?lang=en"));
        supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Match review: crisis-centre records")).click();
        assertThat(supervisor.locator("h1")).hasText("Match review: crisis-centre records");
        supervisor.locator("tr", new Page.LocatorOptions().setHasText(police.personNumber()))
                .getByRole(AriaRole.LINK).first().click();
        assertThat(supervisor.locator("main")).containsText("1990-09-27");
        supervisor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/identity-protected-review.png"))
                .setFullPage(true));
        supervisor.getByLabel("Note (optional)").first().fill("same passport");
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Same person — merge")).click();
        assertThat(supervisor.getByRole(AriaRole.STATUS)).hasText("The persons have been merged.");
        assertThat(identity.person(crisis.personNumber()).orElseThrow().personNumber()).isEqualTo(police.personNumber());
    }
}
