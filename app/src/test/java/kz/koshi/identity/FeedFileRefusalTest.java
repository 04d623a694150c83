package kz.koshi.identity;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue #11, section 5: a feed file with an unmatched quote was a 500; it is refused whole, naming the line. */
@DatabaseTest
class FeedFileRefusalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithAnUnmatchedQuoteIsRefusedNamingItsLineAndNoRowIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from identity_source_record").query(Long.class).single();
        String csv = "record_id,source,surname,given_name\nQ-1,border,IVANOV,PETR\nQ-2,border,\"SIDOROV,IVAN\nQ-3,border,X,Y\n";

        mvc.perform(post("/api/v1/identity/records/csv").header("Authorization", "Bearer koshi-demo-border")
                        .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("line 3")));

        assertThat(jdbc.sql("select count(*) from identity_source_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCellWithAControlCharacterIsARejectedRowNamingItsLineAndField() throws Exception {
        String csv = "record_id,source,surname,given_name\nNULC-1,border,IVA\u0000NOV,PETR\nNULC-2,border,SIDOROV,IVAN\n";

        String job = mvc.perform(post("/api/v1/identity/records/csv").header("Authorization", "Bearer koshi-demo-border")
                        .contentType("text/csv").content(csv))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        org.awaitility.Awaitility.await().atMost(60, java.util.concurrent.TimeUnit.SECONDS).until(() -> mvc.perform(get(job)
                .header("Authorization", "Bearer koshi-demo-border")).andReturn().getResponse().getContentAsString().contains("\"DONE\""));
        mvc.perform(get(job).header("Authorization", "Bearer koshi-demo-border"))
                .andExpect(jsonPath("$.report.rejected[0].line").value(2))
                .andExpect(jsonPath("$.report.rejected[0].fields[0]").value("surname"));

        assertThat(jdbc.sql("select count(*) from identity_source_record where source_record_id = 'NULC-1'")
                .query(Long.class).single()).isZero();
    }
}
