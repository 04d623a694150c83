package kz.koshi.shared;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class WebShellTest {

    @Autowired
    MockMvc mvc;

    @Test
    void htmxIsServedFromItsWebJar() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    @WithUserDetails("border")
    void theLayoutIsAccessibleAndLoadsHtmxLocally() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("class=\"skip-link\" href=\"#content\"")))
                .andExpect(content().string(containsString("aria-label=\"Sections\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\".*")))
                .andExpect(content().string(containsString("name=\"csrf-token\"")));
    }

    @Test
    void theFaviconIsLinkedFromEveryPageAndServedForBrowsersThatAskForFaviconIco() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\">")));
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andExpect(forwardedUrl("/img/favicon.svg"));
    }

    @Test
    void htmxIsToldNotToInjectTheInlineIndicatorStylesThePolicyRefuses() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(
                org.hamcrest.Matchers.matchesPattern("(?s).*<meta name=\"htmx-config\" content='\\{\"includeIndicatorStyles\":false}'>.*")));
        mvc.perform(get("/css/koshi.css")).andExpect(content().string(containsString(".htmx-indicator")));
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToRussian() throws Exception {
        mvc.perform(get("/login").param("lang", "de")).andExpect(content().string(containsString("<html lang=\"ru\">")));
    }
}
