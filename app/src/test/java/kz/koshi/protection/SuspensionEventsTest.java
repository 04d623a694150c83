package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: protection tells stay, with ids and dates only, when a foreign victim's special social services run and
 * when a criminal case in which they are the victim runs, so that removal is suspended meanwhile.
 */
@DatabaseTest
@RecordApplicationEvents
class SuspensionEventsTest {

    static final String CRISIS = "Bearer koshi-demo-crisis";
    static final String CENTRE = "CRISIS-KZ-71";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private int capacityBefore;

    /**
     * The Astana centre's places are shared with every other test that admits a case there: whatever they left, this
     * test has a free place of its own, and the capacity is put back afterwards.
     */
    @BeforeEach
    void freeAPlace() {
        capacityBefore = jdbc.sql("select capacity from protection_centre where agency_code = ?").param(CENTRE).query(Integer.class).single();
        long occupied = jdbc.sql("select count(*) from protection_case where centre_code = ? and status = 'IN_SERVICE'").param(CENTRE)
                .query(Long.class).single();
        capacity((int) Math.max(capacityBefore, occupied + 1));
    }

    @AfterEach
    void putTheCapacityBack() {
        capacity(capacityBefore);
    }

    private void capacity(int places) {
        jdbc.sql("update protection_centre set capacity = ? where agency_code = ?").params(places, CENTRE).update();
    }

    @Test
    void admissionStartsTheServicesAndClosureEndsThem() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, CRISIS);
        String person = person(caseId);
        SpecialSocialServicesStarted started = events.stream(SpecialSocialServicesStarted.class)
                .filter(e -> e.personNumber().equals(person)).findFirst().orElseThrow();
        assertThat(started.startsOn()).isEqualTo(LocalDate.now());
        assertThat(started.endsOn()).isEqualTo(jdbc.sql("select period_ends_on from protection_case where id = ?").param(caseId)
                .query(LocalDate.class).single());
        post(caseId, "closure", "{\"reason\":\"REPATRIATED\",\"closedOn\":\"" + LocalDate.now() + "\"}");
        assertThat(events.stream(SpecialSocialServicesEnded.class)).contains(new SpecialSocialServicesEnded(person, LocalDate.now()));
    }

    @Test
    void aCriminalCaseRunsFromItsFirstOpenStageUntilAVerdictOrDiscontinuance() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "UZB", "1991-03-03");
        String person = person(caseId);
        post(caseId, "outcomes", criminal(LocalDate.now().minusDays(20), "OPENED"));
        post(caseId, "outcomes", criminal(LocalDate.now().minusDays(10), "COURT"));
        assertThat(events.stream(VictimCriminalCaseOpened.class).filter(e -> e.personNumber().equals(person)))
                .containsExactly(new VictimCriminalCaseOpened(person, LocalDate.now().minusDays(20)));
        assertThat(events.stream(VictimCriminalCaseClosed.class).filter(e -> e.personNumber().equals(person))).isEmpty();
        post(caseId, "outcomes", criminal(LocalDate.now().minusDays(1), "CONVICTED"));
        assertThat(events.stream(VictimCriminalCaseClosed.class).filter(e -> e.personNumber().equals(person)))
                .containsExactly(new VictimCriminalCaseClosed(person, LocalDate.now().minusDays(1)));
    }

    @Test
    void aCitizensCaseTellsStayNothing() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "KAZ", "1992-02-02");
        post(caseId, "outcomes", criminal(LocalDate.now(), "INVESTIGATION"));
        String person = person(caseId);
        assertThat(events.stream(VictimCriminalCaseOpened.class).filter(e -> e.personNumber().equals(person))).isEmpty();
    }

    private static String criminal(LocalDate on, String stage) {
        return "{\"kind\":\"CRIMINAL_CASE\",\"recordedOn\":\"" + on + "\",\"criminalArticle\":\"128\",\"criminalStage\":\"" + stage + "\"}";
    }

    private void post(long caseId, String what, String json) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/protection/cases/{id}/" + what, caseId)
                        .header("Authorization", CRISIS).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful());
    }

    private String person(long caseId) {
        return jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single();
    }
}
