package kz.koshi.shared.web;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #11, section 5: values the fuzzing got stored or turned into a 500 are refused as a 400 naming the field,
 * and nothing is stored.
 */
@DatabaseTest
class ImpossibleInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long records() {
        return jdbc.sql("select count(*) from identity_source_record").query(Long.class).single();
    }

    private void refusedField(String path, String token, String body, String field) throws Exception {
        mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void aDateInYear999999999IsRefusedNamingTheField() throws Exception {
        refusedField("/api/v1/stay/registrations", "koshi-demo-police", """
                {"personNumber": "KP000000001", "party": "POLICE", "validFrom": "+999999999-12-31", "validUntil": "2026-01-01"}""",
                "validFrom");
    }

    @Test
    void datesInYearZeroOrMinusOneAreRefused() throws Exception {
        refusedField("/api/v1/stay/registrations", "koshi-demo-police", """
                {"personNumber": "KP000000001", "party": "POLICE", "validFrom": "0000-01-01", "validUntil": "2026-01-01"}""",
                "validFrom");
        refusedField("/api/v1/stay/expulsions", "koshi-demo-police", """
                {"personNumber": "KP000000001", "courtAct": "A-1", "decidedOn": "-0001-06-01", "leaveBy": "2026-01-01"}""",
                "decidedOn");
    }

    @Test
    void aValidityCenturiesAheadIsRefusedThoughTheDateIsReadable() throws Exception {
        refusedField("/api/v1/stay/permits", "koshi-demo-police", """
                {"personNumber": "KP000000001", "kind": "RESIDENCE", "employer": "X", "validFrom": "2026-01-01",
                 "validUntil": "2099-12-31"}""", "validUntil");
    }

    @Test
    void aNulOrALoneSurrogateInANameIsRefusedAndNothingIsStored() throws Exception {
        long before = records();
        refusedField("/api/v1/identity/records", "koshi-demo-police", """
                {"source": "migration_police", "recordId": "NUL-1", "surname": "IVA\\u0000NOV", "givenName": "PETR"}""", "surname");
        refusedField("/api/v1/identity/records", "koshi-demo-police", """
                {"source": "migration_police", "recordId": "SUR-1", "surname": "IVANOV", "givenName": "P\\ud800"}""", "givenName");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void aNulInAVictimsCaseNoteIsRefusedAndNothingIsStored() throws Exception {
        long caseId = jdbc.sql("select min(id) from protection_case").query(Long.class).single();
        long notes = jdbc.sql("select count(*) from protection_note").query(Long.class).single();
        refusedField("/api/v1/protection/cases/" + caseId + "/notes", "koshi-demo-crisis", """
                {"text": "met at the centre\\u0000 today"}""", "text");
        assertThat(jdbc.sql("select count(*) from protection_note").query(Long.class).single()).isEqualTo(notes);
    }

    @Test
    void aControlCharacterInAParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/identity/persons")
                        .param("q", "IVANOV\u0007").header("Authorization", "Bearer koshi-demo-police"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void aFiveThousandCharacterCentreCodeIsRefusedAndTheRefusalIsAudited() throws Exception {
        String code = "C".repeat(5000);
        String audited = "centre " + "C".repeat(93); // the subject as recorded: fitted to its column
        long before = jdbc.sql("select count(*) from audit_entry where subject_id = ?").param(audited).query(Long.class).single();
        int status = mvc.perform(put("/api/v1/protection/centres/" + code).header("Authorization", "Bearer koshi-demo-crisis")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"capacity\": 10, \"services\": [\"SOCIAL_EVERYDAY\"]}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isBetween(400, 499);
        long after = jdbc.sql("select count(*) from audit_entry where subject_id = ?").param(audited).query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("admin")
    void aPasswordLongerThanBcryptReadsIsRefusedNotAFailure() throws Exception {
        long analyst = jdbc.sql("select id from officer where username = 'analyst'").query(Long.class).single();
        String hash = jdbc.sql("select password_hash from officer where id = ?").param(analyst).query(String.class).single();
        for (String password : new String[] {"W".repeat(5000), "Ж".repeat(40)}) {
            mvc.perform(post("/admin/officers/" + analyst + "/password").param("password", password)
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select password_hash from officer where id = ?").param(analyst).query(String.class).single())
                .isEqualTo(hash);
    }

    @Test
    void aNegativeLimitIsRefusedNotAFailure() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/stay/violations")
                        .param("limit", "-1").header("Authorization", "Bearer koshi-demo-police"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
