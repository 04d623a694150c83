package kz.koshi.portal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every role's navigation and home tiles offer only pages that role may open: each link answers 200, never 403. */
@DatabaseTest
class NavigationLinksTest {

    private static final Pattern NAV = Pattern.compile("(?s)<nav class=\"main-nav\".*?</nav>");
    private static final Pattern TILES = Pattern.compile("(?s)<ul class=\"tiles\">.*?</ul>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "border", "police", "labour", "akimat", "career", "social", "supervisor", "prosecutor",
            "analyst", "agency", "guardian", "mfa"})
    void everyLinkOfARolesNavigationOpens(String username) throws Exception {
        RequestPostProcessor as = user(users.loadUserByUsername(username));
        String home = mvc.perform(get("/").param("lang", "ru").with(as)).andReturn().getResponse().getContentAsString();
        List<String> links = links(NAV, home);
        assertThat(links).as("navigation of " + username).hasSizeGreaterThan(1);
        assertThat(links(TILES, home)).as("home tiles of " + username).isEqualTo(links.subList(1, links.size()));
        for (String link : links) {
            var response = mvc.perform(get(link).with(as)).andReturn().getResponse();
            if (response.getStatus() == 302 && response.getRedirectedUrl() != null) {
                // A section's landing link may lead to the page of the officer's role (e.g. kandas: an akimat's families).
                response = mvc.perform(get(response.getRedirectedUrl()).with(as)).andReturn().getResponse();
            }
            assertThat(response.getStatus()).as(username + " opens " + link).isEqualTo(200);
        }
    }

    private static List<String> links(Pattern block, String html) {
        Matcher found = block.matcher(html);
        assertThat(found.find()).as(block.pattern()).isTrue();
        return HREF.matcher(found.group()).results().map(m -> m.group(1)).toList();
    }
}
