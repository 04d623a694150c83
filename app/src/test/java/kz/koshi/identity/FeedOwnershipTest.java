package kz.koshi.identity;

import java.nio.charset.StandardCharsets;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agency writes only as itself: API records, batches, CSV feeds and the officers' upload. */
@DatabaseTest
class FeedOwnershipTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAkimatCannotPostAsTheBorderAndTheCareerCentreNotAsACrisisCentre() throws Exception {
        record("koshi-demo-akimat", "border", "deny-1").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:forbidden"))
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        record("koshi-demo-career", "crisis_centre", "deny-2").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        record("koshi-demo-labour", "hotel", "deny-3").andExpect(status().isForbidden());
        assertThat(stored("deny-%")).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'FEED_SOURCE_DENIED' and outcome = 'DENIED' "
                + "and subject_id = 'border'").query(Long.class).single()).isPositive();
    }

    @Test
    void eachAgencySendsItsOwnSources() throws Exception {
        record("koshi-demo-border", "border", "own-b").andExpect(status().isCreated());
        record("koshi-demo-police", "migration_police", "own-p").andExpect(status().isCreated());
        record("koshi-demo-police", "hotel", "own-h").andExpect(status().isCreated());
        record("koshi-demo-labour", "labour", "own-l").andExpect(status().isCreated());
        record("koshi-demo-akimat", "akimat", "own-a").andExpect(status().isCreated());
        record("koshi-demo-career", "career_centre", "own-c").andExpect(status().isCreated());
        record("koshi-demo-crisis", "crisis_centre", "own-k").andExpect(status().isCreated());
    }

    @Test
    void aBatchWithOneForeignRecordIsRefusedWhole() throws Exception {
        String batch = """
                [{"source": "labour", "recordId": "ownb-1", "surname": "Karimov"},
                 {"source": "border", "recordId": "ownb-2", "surname": "Karimov"}]""";
        mvc.perform(post("/api/v1/identity/records/batch").header("Authorization", "Bearer koshi-demo-labour")
                .contentType(MediaType.APPLICATION_JSON).content(batch)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        assertThat(stored("ownb-%")).isZero();
    }

    @Test
    void aFeedFileWithAForeignRowIsRefusedWhole() throws Exception {
        String csv = "record_id,source,surname,birth_date\nownf-1,akimat,Tursunov,1980\nownf-2,border,Tursunov,1980\n";
        mvc.perform(post("/api/v1/identity/records/csv").header("Authorization", "Bearer koshi-demo-akimat")
                .contentType("text/csv").content(csv)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:forbidden"));
        mvc.perform(post("/api/v1/identity/records/csv").param("source", "border")
                .header("Authorization", "Bearer koshi-demo-akimat").contentType("text/csv")
                .content("record_id,surname\nownf-3,Tursunov\n")).andExpect(status().isForbidden());
        assertThat(stored("ownf-%")).isZero();
    }

    @Test
    @WithUserDetails("border")
    void aBorderOfficerUploadsOnlyTheBorderFeed() throws Exception {
        upload("ownw-1", "hotel").andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Your agency may not send records of this source.")));
        assertThat(stored("ownw-1")).isZero();
        upload("ownw-2", "border").andExpect(status().is3xxRedirection());
        awaitStored("ownw-2");
    }

    @Test
    @WithUserDetails("police")
    void aMigrationOfficerUploadsThePoliceAndHotelFeedsButNotTheBorders() throws Exception {
        upload("ownw-3", "hotel").andExpect(status().is3xxRedirection());
        upload("ownw-4", "border").andExpect(status().isForbidden());
        awaitStored("ownw-3");
        assertThat(stored("ownw-4")).isZero();
    }

    /** An accepted upload runs as a job in the background: its row is there once the job has run. */
    private void awaitStored(String recordId) {
        org.awaitility.Awaitility.await().atMost(60, java.util.concurrent.TimeUnit.SECONDS).until(() -> stored(recordId) == 1);
    }

    private ResultActions upload(String recordId, String source) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "feed.csv", "text/csv",
                ("record_id,surname,birth_date\n" + recordId + ",Ergashev,1993\n").getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/persons/import").file(file).param("source", source).param("lang", "en").with(csrf()));
    }

    private ResultActions record(String token, String source, String recordId) throws Exception {
        return mvc.perform(post("/api/v1/identity/records").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\": \"" + source + "\", \"recordId\": \"" + recordId + "\", \"surname\": \"Nazarov\"}"));
    }

    private long stored(String recordIdLike) {
        return jdbc.sql("select count(*) from identity_source_record where source_record_id like ?").param(recordIdLike)
                .query(Long.class).single();
    }
}
