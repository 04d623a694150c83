package kz.koshi.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: at 1366x768 and 800x900, in Russian and Kazakh, every page of every role's navigation (and the forms a role
 * works in) keeps its header on one row, never scrolls the page sideways, and keeps each form's controls inside their
 * card. A screenshot of each page at each size: {@code target/screenshots/layout-<role>/}.
 */
class LayoutBrowserTest extends BrowserJourney {

    private static final int[][] SIZES = {{1366, 768}, {800, 900}};

    /**
     * The header's visible children share one band (no wrap), its section links are on one line and none is cut off (what
     * does not fit is in the More menu).
     */
    private static final String HEADER_ROWS = """
            () => { const h = document.querySelector('.site-header');
              const kids = [...h.children].filter(e => e.getBoundingClientRect().height > 0).map(e => e.getBoundingClientRect());
              const links = [...h.querySelectorAll('.nav-links li')].map(e => Math.round(e.getBoundingClientRect().top));
              const list = h.querySelector('.nav-links');
              const clipped = list ? [...list.querySelectorAll('a')].filter(a => a.getBoundingClientRect().right
                  > list.getBoundingClientRect().right + 1).length : 0;
              return Math.max(...kids.map(r => r.top)) < Math.min(...kids.map(r => r.bottom)) && new Set(links).size <= 1
                  && h.getBoundingClientRect().height <= 72 && clipped === 0; }""";

    /** What the header measures, to say why it is not one row. */
    private static final String HEADER_DETAIL = """
            () => { const h = document.querySelector('.site-header');
              return 'height ' + Math.round(h.getBoundingClientRect().height) + '; ' + [...h.children]
                .map(e => e.className + ' ' + JSON.stringify(e.getBoundingClientRect().toJSON(), (k, v) => v.toFixed ? Math.round(v) : v))
                .join('; '); }""";

    /** Form controls whose right edge passes their card's (or, outside a card, their form's or the main area's). */
    private static final String STICKING_OUT = """
            () => [...document.querySelectorAll('main form :is(input:not([type=hidden]), select, textarea, fieldset, button)')]
              .filter(e => e.getBoundingClientRect().width > 0)
              .filter(e => { const box = e.parentElement.closest('.card, .tile, fieldset, form, main');
                             return e.getBoundingClientRect().right > box.getBoundingClientRect().right + 1; })
              .map(e => location.pathname + ' ' + (e.id || e.name || e.tagName))""";

    /** What reaches furthest to the right beyond the window (to say what makes a page scroll sideways). */
    private static final String WIDEST = """
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(-3).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""";

    @ParameterizedTest
    @ValueSource(strings = {"admin", "border", "police", "labour", "akimat", "career", "social", "supervisor", "prosecutor",
            "analyst", "agency", "guardian", "hotline", "mfa"})
    void everyRolesPagesHoldAt1366x768AndAt800(String role) {
        for (int[] size : SIZES) {
            Page page = login(role, size[0], size[1]);
            List<String> paths = pages(page, role);
            int n = 0;
            for (String path : paths) {
                for (String lang : List.of("ru", "kk")) {
                    page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                    page.waitForLoadState();
                    String where = role + " " + path + " " + lang + " at " + size[0];
                    assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                            .as("the page scrolls sideways: " + where + " " + page.evaluate(WIDEST)).isTrue();
                    assertThat((Boolean) page.evaluate(HEADER_ROWS)).as("the header is one row: " + where + " " + page.evaluate(HEADER_DETAIL)).isTrue();
                    assertThat((List<?>) page.evaluate(STICKING_OUT)).as("controls out of their card: " + where).isEmpty();
                    if (lang.equals("ru") || size[0] == 800) {
                        step(page, "layout-" + role, "%02d-%s-%s-%d".formatted(n, name(path), lang, size[0]));
                    }
                }
                n++;
            }
            moreByKeyboard(page, role, size[0]);
            page.context().close();
        }
    }

    /** The sections that did not fit are in the "More" menu, opened and closed from the keyboard. */
    private void moreByKeyboard(Page page, String role, int width) {
        page.navigate(url("/?lang=ru"));
        page.waitForLoadState();
        Locator more = page.locator(".nav-more > summary");
        if (!more.isVisible()) {
            return;
        }
        Locator hidden = page.locator(".nav-overflow a").first();
        assertThat(hidden.isVisible()).isFalse();
        more.focus();
        page.keyboard().press("Enter");
        assertThat(hidden.isVisible()).as(role + ": the More menu opens with Enter").isTrue();
        step(page, "layout-" + role, "99-more-open-ru-" + width);
        page.keyboard().press("Escape");
        assertThat(hidden.isVisible()).as(role + ": Escape closes the More menu").isFalse();
        assertThat((Boolean) page.evaluate("() => document.activeElement.matches('.nav-more > summary')")).isTrue();
    }

    /** The role's navigation (from its home page) and the pages with forms it works in. */
    private List<String> pages(Page page, String role) {
        page.navigate(url("/?lang=ru"));
        @SuppressWarnings("unchecked")
        List<String> paths = new ArrayList<>((List<String>) page.evaluate(
                "() => [...document.querySelectorAll('.main-nav a')].map(a => a.getAttribute('href'))"));
        String person = traveller();
        paths.addAll(Map.of(
                "admin", List.of("/admin/officers/new"),
                "border", List.of("/border/board", "/persons/" + person),
                "police", List.of("/stay/persons/" + person, "/border/persons/" + person, "/persons/" + person),
                "labour", List.of("/stay/persons/" + person),
                "social", List.of("/protection/screenings/new"),
                "supervisor", List.of("/protection/supervision"),
                "prosecutor", List.of("/persons/" + person)).getOrDefault(role, List.of()));
        return paths;
    }

    /**
     * The violation queue with open violations at 800 px: the table scrolls inside its box, and the officer's action
     * ("draw up the protocol") stays on screen, at the box's right edge, and opens the handling form.
     */
    @Test
    void theViolationQueuesActionIsOnScreenAt800() {
        String person = WalkthroughBrowserTest.violator(port, "LY0013002", "QUEUEVA");
        Page page = login("police", 800, 900);
        Locator handle = page.locator("tr", new Page.LocatorOptions().setHasText(person)).locator("a.handle");
        for (String lang : List.of("kk", "ru")) {
            page.navigate(url("/stay?sort=DATE&dir=DESC&lang=" + lang));
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(handle).isVisible();
            BoundingBox box = handle.boundingBox();
            assertThat(box.x).as("left edge of the action").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("right edge of the action, " + lang).isLessThanOrEqualTo(800);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the page itself does not scroll sideways").isEqualTo(true);
            step(page, "layout-police", "stay-queue-800-action-" + lang);
        }
        handle.focus();
        page.keyboard().press("Enter");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main")).containsText(person);
        assertThat(page.url()).contains("/handling");
    }

    private String traveller;

    /** A foreigner who entered ten days ago (one for the class), so that the stay and border person pages have forms. */
    private synchronized String traveller() {
        if (traveller == null) {
            traveller = Traveller.entered(port, "LY0013001", "LAYOUTOVA", 10);
        }
        return traveller;
    }

    private static String name(String path) {
        String name = path.replaceAll("KP\\d+", "person").replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }
}
