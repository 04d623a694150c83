package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily sweep on demand: the migration police and the administrator run it from its page and see what it found;
 * every other role is refused; a burst of runs never records a violation twice.
 */
@DatabaseTest
class SweepOnDemandTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String officer) {
        return user(users.loadUserByUsername(officer));
    }

    private long audited(String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = 'STAY_SWEEP_RUN' and actor = ?").param(actor)
                .query(Long.class).single();
    }

    /** An overstayer whose violation only a sweep will find again (its event's finding is removed). */
    private String overstayer(String passport) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "DEU"},
                 "surname": "SWEEPOVA", "givenNames": "AIDA", "birthDate": "1980-02-0%s", "sex": "F",
                 "citizenship": "DEU", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(40), passport, passport.charAt(8));
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        String person = receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
        await().atMost(10, TimeUnit.SECONDS).until(() -> overstays(person) == 1);
        jdbc.sql("delete from stay_violation where person_number = ?").param(person).update();
        return person;
    }

    private long overstays(String person) {
        return jdbc.sql("select count(*) from stay_violation where person_number = ? and kind = 'OVERSTAY'").param(person)
                .query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"police", "admin"})
    void thePoliceAndTheAdministratorRunItAndSeeWhatItFound(String officer) throws Exception {
        String person = overstayer(officer.equals("police") ? "SD7000001" : "SD7000002");
        long before = audited(officer);
        mvc.perform(get("/stay/sweep").with(as(officer))).andExpect(status().isOk());
        mvc.perform(post("/stay/sweep").with(as(officer)).with(csrf()))
                .andExpect(redirectedUrl("/stay/sweep"))
                .andExpect(flash().attribute("sweep", org.hamcrest.Matchers.instanceOf(DailySweep.Result.class)));
        assertThat(overstays(person)).isEqualTo(1);
        assertThat(audited(officer)).isEqualTo(before + 1);
        String page = mvc.perform(get("/stay/sweep").param("lang", "en").with(as(officer))
                        .flashAttr("sweep", new DailySweep.Result(3, 1, 0)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Persons checked: 3, new violations: 1, withdrawn: 0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"border", "labour", "akimat", "career", "social", "supervisor", "prosecutor", "analyst", "agency",
            "guardian", "hotline", "mfa"})
    void everyOtherRoleIsRefusedThePageAndTheRun(String officer) throws Exception {
        mvc.perform(get("/stay/sweep").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/stay/sweep").with(as(officer)).with(csrf())).andExpect(status().isForbidden());
        assertThat(audited(officer)).isZero();
    }

    @Test
    void aBurstOfRunsRecordsEachFindingOnceAndAnswersTheRestWithAConflict() throws Exception {
        String person = overstayer("SD7000003");
        long announced = detections(person);
        Callable<Integer> run = () -> mvc.perform(post("/api/v1/stay/sweep").header("Authorization", "Bearer koshi-demo-police"))
                .andReturn().getResponse().getStatus();
        List<Integer> answers;
        try (var pool = Executors.newFixedThreadPool(6)) {
            List<Future<Integer>> runs = IntStream.range(0, 6).mapToObj(i -> pool.submit(run)).toList();
            answers = runs.stream().map(SweepOnDemandTest::answer).toList();
        }
        assertThat(answers).containsOnly(200, 409).contains(200);
        assertThat(overstays(person)).isEqualTo(1);
        assertThat(detections(person)).as("the finding is announced once, whichever run made it").isEqualTo(announced + 1);
    }

    private long detections(String person) {
        return jdbc.sql("select count(*) from audit_entry where action = 'VIOLATION_DETECTED' and subject_id = ?").param(person)
                .query(Long.class).single();
    }

    private static int answer(Future<Integer> run) {
        try {
            return run.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
