package kz.koshi.identity;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@WithUserDetails("border")
class PersonPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityResolution identity;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void searchProfileAndHtmxPartial() throws Exception {
        PersonResolution p = identity.resolve(new IncomingRecord("border", "pp-1", "SHARIPOV", "FIRDAVS", null, "1996-06-06",
                "M", "TJK", "500999111", null, null, null));
        mvc.perform(get("/persons").param("q", "Шарипов Фирдавс").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(p.personNumber())))
                .andExpect(content().string(containsString("<td>Tajikistan</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>TJK</td>"))));
        mvc.perform(get("/persons").param("q", "Sharipov").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(p.personNumber())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(get("/persons/" + p.personNumber()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("SHARIPOV")))
                .andExpect(content().string(containsString("Record received from Border service")));
    }

    @Test
    void anUnknownPersonIsA404Page() throws Exception {
        mvc.perform(get("/persons/KP999999990").accept("text/html")).andExpect(status().isNotFound());
    }

    @Test
    void aFeedFileIsUploadedAndReported() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "border.csv", "text/csv",
                "record_id,surname,given_name,birth_date\npp-u1,Ergashev,Otabek,1993\npp-u2,,,1990\n".getBytes());
        String page = mvc.perform(multipart("/persons/import").file(file).param("source", "border").param("lang", "en").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        org.awaitility.Awaitility.await().atMost(60, java.util.concurrent.TimeUnit.SECONDS).until(() -> jdbc.sql(
                "select state from identity_feed_import where id = ?").param(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)))
                .query(String.class).single().equals("DONE"));
        mvc.perform(get(page).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rows in the file: 2")))
                .andExpect(content().string(containsString("Rejected: 1")))
                .andExpect(content().string(containsString("pp-u2")));
    }

    @Test
    void theApiFindsPersons() throws Exception {
        identity.resolve(new IncomingRecord("border", "pp-api", "KURBANOV", "ULUGBEK", null, "1980-01-02", "M", "UZB",
                "AA0101010", null, null, null));
        mvc.perform(get("/api/v1/identity/persons").param("q", "AA0101010").header("Authorization", "Bearer koshi-demo-police"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].person.surname").value("KURBANOV"));
        mvc.perform(get("/api/v1/identity/persons").param("q", "x").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isForbidden());
    }
}
