package kz.koshi.shared;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
                .andExpect(jsonPath("$.errors[0].field").value("batch"));
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
}
