package kz.koshi.identity;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class SourceRecordIntakeTest {

    private static final String BORDER = "Bearer koshi-demo-border";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordIsKeptAsReceivedAndNeverStoredTwice() throws Exception {
        String record = """
                {"source": "border", "recordId": "intake-1", "surname": "IUSUPOV", "givenName": "SHERZOD",
                 "birthDate": "1994-03-12", "sex": "M", "citizenship": "UZB", "documentNumber": "AB1234567"}""";
        mvc.perform(post("/api/v1/identity/records").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(record)).andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("STORED"));
        mvc.perform(post("/api/v1/identity/records").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(record)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));

        assertThat(jdbc.sql("select count(*) from identity_source_record where source = 'border' and source_record_id = 'intake-1'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select payload from identity_source_record where source_record_id = 'intake-1'")
                .query(String.class).single()).contains("\"surname\":\"IUSUPOV\"").contains("\"documentNumber\":\"AB1234567\"");
    }

    @Test
    void aBatchReportsEveryRejectedRecordAndKeepsTheGoodOnes() throws Exception {
        String batch = """
                [{"source": "hotel", "recordId": "h-1", "surname": "Yusupov", "givenName": "Sherzod"},
                 {"source": "hotel", "recordId": "h-2", "birthDate": "1994"},
                 {"source": "hotel", "recordId": "h-3", "givenName": "Шерзод", "birthDate": "12/03/1994", "citizenship": "uz"},
                 {"source": "hotel", "recordId": "h-4", "givenName": "Шерзод", "birthDate": "1994"}]""";
        // hotels report their guests to the migration police, whose system sends the hotel feed
        mvc.perform(post("/api/v1/identity/records/batch").header("Authorization", "Bearer koshi-demo-police").contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("STORED"))
                .andExpect(jsonPath("$[1].outcome").value("REJECTED"))
                .andExpect(jsonPath("$[1].problems[0]").value("surname"))
                .andExpect(jsonPath("$[2].outcome").value("REJECTED"))
                .andExpect(jsonPath("$[2].problems").value(org.hamcrest.Matchers.contains("birthDate", "citizenship")))
                .andExpect(jsonPath("$[3].outcome").value("STORED"));
        assertThat(jdbc.sql("select count(*) from identity_source_record where source = 'hotel' and source_record_id like 'h-%'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTokenWithoutIdentityWriteIsRefused() throws Exception {
        mvc.perform(post("/api/v1/identity/records").header("Authorization", "Bearer koshi-demo-prosecutor")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"police\", \"recordId\": \"1\", \"surname\": \"A\"}"))
                .andExpect(status().isForbidden());
    }
}
