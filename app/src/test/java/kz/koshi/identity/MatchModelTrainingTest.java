package kz.koshi.identity;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.koshi.DatabaseTest;
import kz.koshi.demo.generator.GenerateCommand;
import kz.koshi.identity.registry.MatchModelRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@WithUserDetails("police")
class MatchModelTrainingTest {

    @Autowired
    MatchModelTraining training;
    @Autowired
    FeedImport feeds;
    @Autowired
    IdentityResolution identity;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    kz.koshi.identity.registry.RegistryIndex index;

    @TempDir
    Path folder;

    /** Other tests of the run expect the shipped model: put it back. */
    @org.junit.jupiter.api.AfterEach
    void backToTheShippedModel() {
        jdbc.sql("delete from identity_match_model").update();
        index.invalidate();
    }

    @Test
    void emLearnsFromTheRegistryAndTheModelIsUsedAfterwards() throws Exception {
        new GenerateCommand().run(List.of("--persons", "600", "--seed", "7", "--out", folder.toString()),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
        try (InputStream in = Files.newInputStream(folder.resolve("records.csv"))) {
            // every agency's feed at once, as the demo loader sends it: no single agency owns all of them
            assertThat(feeds.importTrusted(in, null).rejected()).isEmpty();
        }

        MatchModelRepository.StoredModel stored = training.retrain();
        assertThat(stored.emTrained()).isTrue();
        assertThat(stored.records()).isGreaterThan(1000);
        assertThat(stored.model().lambda()).isNotEqualTo(kz.koshi.identity.engine.MatchModel.defaults().lambda());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'MATCH_MODEL_RETRAINED'").query(Long.class).single())
                .isPositive();
        // resolution goes on with the new model
        assertThat(identity.resolve(new IncomingRecord("hotel", "mm-after", "Tashkentov", "Bobur", null, "1999", "M", "UZB",
                null, null, null, null)).personNumber()).isNotNull();
        mvc.perform(get("/persons/model")).andExpect(status().isOk());
        mvc.perform(post("/persons/model/retrain").with(csrf())).andExpect(redirectedUrl("/persons/model"));
    }

    @Test
    @WithUserDetails("border")
    void onlyTheMigrationPoliceRetrains() throws Exception {
        mvc.perform(post("/persons/model/retrain").with(csrf())).andExpect(status().isForbidden());
    }
}
