package kz.koshi.shared;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input to the API is a 400 ProblemDetail naming the field at fault, in the caller's language, never a 500. */
@DatabaseTest
class ApiProblemsTest {

    static final String BORDER = "Bearer koshi-demo-border";
    static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;

    ResultActions send(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anEmptyOrTooLargeCrossingBatchIs400NamingTheBatch() throws Exception {
        send("/api/v1/crossings/batch", BORDER, "[]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("batch"))
                .andExpect(jsonPath("$.errors[0].message").value("size must be between 1 and 5000"));
        send("/api/v1/crossings/batch", BORDER, "[" + "{},".repeat(5_000) + "{}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("batch"));
    }

    @Test
    void aCallerWithoutTheScopeGets403BeforeItsBodyIsJudged() throws Exception {
        send("/api/v1/crossings/batch", POLICE, "[]").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:forbidden"));
        send("/api/v1/crossings", POLICE, "{}").andExpect(status().isForbidden());
        send("/api/v1/identity/records/batch", "Bearer koshi-demo-admin", "[]").andExpect(status().isForbidden());
    }

    @Test
    void anUnsupportedMediaTypeIs415ProblemDetail() throws Exception {
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:unsupported-media-type"));
    }

    @Test
    void fieldMessagesFollowAcceptLanguage() throws Exception {
        String ban = """
                {"personNumber": "", "kind": "ENTRY_BAN", "reason": "SEARCH", "basis": "Розыск № 3", "validFrom": "2026-02-03"}""";
        mvc.perform(post("/api/v1/border/bans").header("Authorization", BORDER).header("Accept-Language", "en-GB,en;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON).content(ban))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(post("/api/v1/border/bans").header("Authorization", BORDER).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content(ban))
                .andExpect(jsonPath("$.errors[0].message").value("не должно быть пустым"));
        mvc.perform(post("/api/v1/border/bans").header("Authorization", BORDER).header("Accept-Language", "kk-KZ")
                        .contentType(MediaType.APPLICATION_JSON).content(ban.replace("SEARCH", "LOST")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("бос болмауы керек")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("мына мәндердің бірі болуы керек: COURT_EXPULSION|DEPORTATION|SEARCH|INVESTIGATION")));
        mvc.perform(post("/api/v1/border/bans").header("Authorization", BORDER).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content(ban.replace("ENTRY_BAN", "EXIT_BAN")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("должно быть одним из: ENTRY_BAN|WATCH_LIST")));
        send("/api/v1/border/bans", BORDER, ban)
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void anImpossibleDateOrAMissingNumberIsNamedOnBorderAndStayEndpoints() throws Exception {
        send("/api/v1/border/bans", BORDER, """
                {"personNumber": "KP000000001", "kind": "ENTRY_BAN", "reason": "SEARCH", "basis": "Розыск № 4", "validFrom": "2026-02-30"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong format"));
        mvc.perform(post("/api/v1/stay/permits").header("Authorization", POLICE).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"personNumber": "KP000000001", "kind": "RESIDENCE", "employer": "X",
                                 "validFrom": "2026-02-01", "validUntil": "2026-08-01", "months": {"n": 6}, "taxPaid": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("months"))
                .andExpect(jsonPath("$.errors[0].message").value("отсутствует или имеет неверный тип"));
        send("/api/v1/stay/registrations", POLICE, """
                {"personNumber": "KP000000001", "party": "HOST", "validFrom": "2026-01-01", "validUntil": "2026-13-01"}""")
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
    }

    /** A query parameter bound into an object (the violation queue's filter) is named like any other, without Java types. */
    @Test
    void aWrongFilterValueOnTheViolationQueueIsAFieldErrorWithoutJavaTypes() throws Exception {
        for (String[] wrong : new String[][] {{"from", "2026-13-01"}, {"sort", "FOO"}, {"page", "99999999999"}}) {
            String body = mvc.perform(get("/api/v1/stay/violations").param(wrong[0], wrong[1]).header("Authorization", POLICE))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(wrong[0]))
                    .andExpect(jsonPath("$.errors[0].message").value("has the wrong format"))
                    .andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(body).doesNotContain("java.", "kz.koshi", "Failed to convert");
        }
    }

    /** A number too large for its field (a fine, a count of places) is that field's error, not "not valid JSON". */
    @Test
    void aNumberTooLargeForItsFieldIsNamedAsThatField() throws Exception {
        send("/api/v1/stay/violations/1/handling", POLICE, """
                {"protocolNumber": "AB-1", "penalty": "FINE", "fineTenge": 99999999999999999999, "handledOn": "2026-02-03"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("fineTenge"))
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong format"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/kandas/offer")
                        .header("Authorization", "Bearer koshi-demo-akimat").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"housingPlaces\": 99999999999, \"support\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("housingPlaces"));
    }
}
