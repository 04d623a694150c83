package kz.koshi.access;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Scopes follow mandates: for each act the law gives to named agencies (expel; impose and lift a ban; record a
 * minor's guardian), every demo token and every demo officer is either let through (any answer but 403: the
 * person or ban asked for does not exist) or refused with 403, on the API and on the web forms alike.
 */
@DatabaseTest
class MandateMatrixTest {

    private static final String NOBODY = "KP999999990";
    private static final Set<String> TOKENS = Set.of("admin", "border", "police", "labour", "akimat", "career", "crisis",
            "prosecutor", "commission", "agency", "hotline", "mfa");
    private static final Set<String> OFFICERS = Set.of("admin", "border", "police", "labour", "akimat", "career", "social",
            "supervisor", "prosecutor", "analyst", "agency", "guardian", "hotline", "mfa");

    /** Who may do each act: the same agencies through their systems (tokens) and their officers (web). */
    private static final Map<String, Set<String>> MANDATES = Map.of(
            "expel", Set.of("police"),
            "ban", Set.of("border", "police"),
            "lift", Set.of("border", "police"),
            "guardian", Set.of("border", "police"),
            "channel", Set.of("border", "police"));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService officers;

    @Test
    void theApiGrantsEachActToTheAgenciesOfItsMandateOnly() throws Exception {
        for (String act : MANDATES.keySet()) {
            for (String token : TOKENS) {
                int status = mvc.perform(api(act).header("Authorization", "Bearer koshi-demo-" + token)).andReturn()
                        .getResponse().getStatus();
                assertAllowed(act, "token " + token, status, MANDATES.get(act).contains(token));
            }
        }
    }

    @Test
    void theWebFormsGrantTheSameActsToTheSameAgencies() throws Exception {
        for (String act : MANDATES.keySet()) {
            for (String officer : OFFICERS) {
                int status = mvc.perform(web(act).with(user(officers.loadUserByUsername(officer))).with(csrf()))
                        .andReturn().getResponse().getStatus();
                assertAllowed(act, "officer " + officer, status, MANDATES.get(act).contains(officer));
            }
        }
    }

    private static void assertAllowed(String act, String who, int status, boolean allowed) {
        if (allowed) {
            assertThat(status).as(act + " by " + who).isNotEqualTo(403).isLessThan(500);
        } else {
            assertThat(status).as(act + " by " + who).isEqualTo(403);
        }
    }

    private static MockHttpServletRequestBuilder api(String act) {
        String today = LocalDate.now().toString();
        return switch (act) {
            case "expel" -> json("/api/v1/stay/expulsions", "{\"personNumber\": \"" + NOBODY + "\", \"courtAct\": \"2-1/2026\", "
                    + "\"decidedOn\": \"" + today + "\", \"leaveBy\": \"" + today + "\"}");
            case "ban" -> json("/api/v1/border/bans", "{\"personNumber\": \"" + NOBODY + "\", \"kind\": \"ENTRY_BAN\", "
                    + "\"reason\": \"DEPORTATION\", \"basis\": \"Решение № 7\", \"validFrom\": \"" + today + "\"}");
            case "lift" -> json("/api/v1/border/bans/999999999/lifting", "{\"liftedOn\": \"" + today + "\", \"basis\": \"court\"}");
            case "channel" -> json("/api/v1/enforcement/channels", "{\"reference\": \"M-1\", \"regionCode\": \"KZ-61\", \"stoppedOn\": \""
                    + today + "\", \"personsMoved\": 1, \"routeCountries\": [\"UZB\"], \"personsIdentified\": [\"" + NOBODY + "\"]}");
            default -> json("/api/v1/border/guardians", "{\"childPersonNumber\": \"" + NOBODY + "\", \"adultPersonNumber\": "
                    + "\"KP999999981\", \"relation\": \"PARENT\"}");
        };
    }

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** As the forms send them, with the confirmation box of the irreversible acts ticked. */
    private static MockHttpServletRequestBuilder web(String act) {
        String today = LocalDate.now().toString();
        return switch (act) {
            case "expel" -> post("/stay/persons/" + NOBODY + "/expulsions").param("personNumber", NOBODY)
                    .param("courtAct", "2-1/2026").param("decidedOn", today).param("leaveBy", today).param("confirmed", "true");
            case "ban" -> post("/border/persons/" + NOBODY + "/bans").param("personNumber", NOBODY).param("kind", "ENTRY_BAN")
                    .param("reason", "DEPORTATION").param("basis", "Решение № 7").param("validFrom", today);
            case "lift" -> post("/border/persons/" + NOBODY + "/bans/999999999/lifting").param("liftedOn", today)
                    .param("basis", "court").param("confirmed", "true");
            case "channel" -> post("/enforcement/channels").param("reference", "M-1").param("regionCode", "KZ-61")
                    .param("stoppedOn", today).param("personsMoved", "1").param("routeCountries", "UZB").param("personsIdentified", NOBODY);
            default -> post("/border/persons/" + NOBODY + "/guardians").param("childPersonNumber", NOBODY)
                    .param("adultPersonNumber", "KP999999981").param("relation", "PARENT");
        };
    }
}
