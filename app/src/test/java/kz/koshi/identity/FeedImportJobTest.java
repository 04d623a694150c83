package kz.koshi.identity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A feed file is imported as a job (rows 7, 57, 107, ... carry a wrong citizenship and are rejected): answered at once, followed to the end, resumed after a crash, never doubled. */
@DatabaseTest
class FeedImportJobTest {

    static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedImportJobs jobs;
    @Autowired
    FeedImport feeds;

    private static String feed(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("record_id,source,surname,given_name,birth_date,citizenship\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(",hotel,JOBOV").append((char) ('A' + i % 26)).append((char) ('A' + i / 26 % 26))
                    .append(",ILYOS,").append(1950 + i % 60).append('-').append(String.format("%02d", 1 + i % 12))
                    .append(i % 50 == 7 ? ",uz\n" : ",UZB\n");
        }
        return csv.toString();
    }

    private String state(long id) throws Exception {
        return jdbc.sql("select state from identity_feed_import where id = ?").param(id).query(String.class).single();
    }

    @Test
    void theApiAnswersAtOnceWithTheJobAndReportsItsProgressToItsOwnAgencyOnly() throws Exception {
        String answer = mvc.perform(post("/api/v1/identity/records/csv").header("Authorization", POLICE).contentType("text/csv")
                        .content(feed("job-api-", 600)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", matchesPattern("/api/v1/identity/imports/\\d+")))
                .andExpect(jsonPath("$.rowsTotal").value(600))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        await().atMost(120, TimeUnit.SECONDS).until(() -> state(id).equals("DONE"));
        mvc.perform(get("/api/v1/identity/imports/" + id).header("Authorization", POLICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.rowsDone").value(600))
                .andExpect(jsonPath("$.report.rejected.length()").value(12))
                .andExpect(jsonPath("$.report.stored").value(588));
        mvc.perform(get("/api/v1/identity/imports/" + id).header("Authorization", "Bearer koshi-demo-labour"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:not-found"));
    }

    @Test
    @WithUserDetails("police")
    void aJobBrokenOffByACrashResumesWhereItStoppedAndARepeatedFileDoublesNothing() {
        String file = feed("job-crash-", 600);
        long id = jobs.queue(file, FeedFile.parse(file, null), null);
        // as a crash after the first chunk leaves it: running, 250 rows done (here not imported, to see they are skipped)
        jdbc.sql("update identity_feed_import set state = 'RUNNING', rows_done = 250, stored = 250 where id = ?").param(id).update();

        feeds.resumeUnfinished();
        await().atMost(120, TimeUnit.SECONDS).until(() -> state(id).equals("DONE"));

        assertThat(jdbc.sql("select count(*) from identity_source_record where source_record_id like 'job-crash-%'").query(Long.class).single())
                .isEqualTo(350 - 7);
        assertThat(feeds.job(id).orElseThrow().report().rows()).isEqualTo(600);
        ImportReport again = feeds.importCsv(new ByteArrayInputStream(feed("job-crash-", 600).getBytes(StandardCharsets.UTF_8)), null);
        assertThat(again.duplicates()).isEqualTo(343);
        assertThat(again.stored()).isEqualTo(600 - 12 - 343);
    }

    @Test
    @WithUserDetails("police")
    void theUploadPageFollowsTheJobUntilItIsDone() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "hotel.csv", "text/csv", feed("job-page-", 300).getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/persons/import").file(file).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/persons/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        await().atMost(120, TimeUnit.SECONDS).until(() -> state(id).equals("DONE"));
        mvc.perform(get(page).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import complete")))
                .andExpect(content().string(containsString("Rows processed: 300 of 300")))
                .andExpect(content().string(containsString("job-page-7")));
        mvc.perform(get(page + "/progress").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rejected: 6")));
    }
}
