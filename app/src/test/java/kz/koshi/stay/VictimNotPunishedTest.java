package kz.koshi.stay;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.koshi.DatabaseTest;
import kz.koshi.protection.ReflectionPeriodStarted;
import kz.koshi.protection.SpecialSocialServicesEnded;
import kz.koshi.protection.SpecialSocialServicesStarted;
import kz.koshi.protection.VictimCriminalCaseClosed;
import kz.koshi.protection.VictimCriminalCaseOpened;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, section 2: a victim is protected, not punished. While a reflection period, special social services or a
 * criminal case in which the person is a victim run, an expulsion is refused ("removal suspended") and changes
 * nothing, and stay violations that arise are recorded as not punishable, shown as suspended to the migration police
 * only and never handled for a fine.
 */
@DatabaseTest
class VictimNotPunishedTest {

    static final String POLICE = "Bearer koshi-demo-police";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String[] SURNAMES = {"KURBANOVA", "YULDASHEVA", "RAHIMOVA", "SAIDOVA", "TURSUNOVA", "NIYAZOVA",
            "ERGASHEVA", "KARIMOVA", "HAMIDOVA", "ISMOILOVA"};
    private static final String[] GIVEN = {"DILNOZA", "MAVLUDA", "FERUZA", "GULNORA", "NODIRA", "SHAHNOZA", "ZARINA",
            "MUNISA", "SEVARA", "LOBAR"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;

    /** A foreigner who entered on the day given; a fresh name and birth date each time, so no two are one person. */
    private String enter(String citizenship, LocalDate on) throws Exception {
        int n = NEXT.getAndIncrement();
        return Arrivals.enter(mvc, citizenship, on, "VN%07d".formatted(4100000 + n), SURNAMES[n % 10], GIVEN[(n / 10) % 10],
                LocalDate.of(1962, 3, 9).plusDays(n * 390L));
    }

    private void publish(Object event, String person, boolean suspendedNow) {
        transactions.executeWithoutResult(t -> events.publishEvent(event));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> mvc.perform(get("/api/v1/stay/persons/{n}/status", person)
                .header("Authorization", POLICE)).andExpect(jsonPath("$.removalSuspended").value(suspendedNow)));
    }

    private ResultActions expel(String person, String act, LocalDate decided) throws Exception {
        return mvc.perform(post("/api/v1/stay/expulsions").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personNumber\": \"" + person + "\", \"courtAct\": \"" + act + "\", \"decidedOn\": \"" + decided
                        + "\", \"leaveBy\": \"" + decided.plusDays(10) + "\"}"));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void anExpulsionDuringAReflectionPeriodIsRefusedAndChangesNothingButTheAudit() throws Exception {
        String person = enter("UZB", LocalDate.now().minusDays(3));
        publish(new ReflectionPeriodStarted(person, LocalDate.now().minusDays(1), LocalDate.now().plusDays(29)), person, true);
        expel(person, "2-7001/2026", LocalDate.now()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:removal-suspended"))
                .andExpect(jsonPath("$.detail").value("Removal suspended: no expulsion can be recorded or decided for this person now."));
        assertThat(count("select count(*) from stay_expulsion where person_number = ?", person)).isZero();
        assertThat(count("select count(*) from border_ban where person_number = ?", person)).isZero();
        assertThat(jdbc.sql("select state from border_card where person_number = ?").param(person).query(String.class).single())
                .isEqualTo("VALID");
        assertThat(count("select count(*) from audit_entry where action = 'EXPULSION_REFUSED' and subject_id = ? and outcome = 'FAILURE'",
                person)).isEqualTo(1);
    }

    @Test
    void theExpulsionFormSaysRemovalSuspended() throws Exception {
        String person = enter("TJK", LocalDate.now().minusDays(3));
        publish(new ReflectionPeriodStarted(person, LocalDate.now(), LocalDate.now().plusDays(30)), person, true);
        String page = mvc.perform(post("/stay/persons/{p}/expulsions", person).with(user(users.loadUserByUsername("police"))).with(csrf())
                        .param("personNumber", person).param("confirmed", "true").param("courtAct", "Райсуд № 2-7002/2026")
                        .param("decidedOn", LocalDate.now().toString()).param("leaveBy", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Выдворение приостановлено: сейчас нельзя записать или решить выдворение этого лица.");
        assertThat(count("select count(*) from stay_expulsion where person_number = ?", person)).isZero();
    }

    @Test
    void specialSocialServicesAndAVictimsCriminalCaseSuspendRemovalWhileTheyRun() throws Exception {
        String served = enter("KGZ", LocalDate.now().minusDays(5));
        publish(new SpecialSocialServicesStarted(served, LocalDate.now().minusDays(4), LocalDate.now().plusMonths(6)), served, true);
        expel(served, "2-7003/2026", LocalDate.now()).andExpect(status().isConflict());
        publish(new SpecialSocialServicesEnded(served, LocalDate.now().minusDays(1)), served, false);
        expel(served, "2-7003/2026", LocalDate.now()).andExpect(status().isCreated());

        String witness = enter("AZE", LocalDate.now().minusDays(5));
        publish(new VictimCriminalCaseOpened(witness, LocalDate.now().minusDays(3)), witness, true);
        expel(witness, "2-7004/2026", LocalDate.now()).andExpect(status().isConflict());
        expel(witness, "2-7004/2026", LocalDate.now().minusDays(4)).andExpect(status().isConflict());
        publish(new VictimCriminalCaseClosed(witness, LocalDate.now().minusDays(1)), witness, false);
        expel(witness, "2-7004/2026", LocalDate.now()).andExpect(status().isCreated());
        assertThat(jdbc.sql("select state from border_card where person_number = ?").param(witness).query(String.class).single())
                .isEqualTo("REVOKED");
    }

    @Test
    void anOverstayArisingDuringAReflectionPeriodIsSuspendedNotPunishable() throws Exception {
        // Germany: 30 days from entry; entered 40 days ago, so the overstay began 10 days ago, inside the period.
        String person = enter("DEU", LocalDate.now().minusDays(40));
        publish(new ReflectionPeriodStarted(person, LocalDate.now().minusDays(15), LocalDate.now().plusDays(15)), person, true);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(count(
                "select count(*) from stay_violation where person_number = ? and kind = 'OVERSTAY' and suspended = true", person)).isEqualTo(1));
        mvc.perform(get("/api/v1/stay/persons/{n}/status", person).header("Authorization", POLICE))
                .andExpect(jsonPath("$.violations[0].kind").value("OVERSTAY")).andExpect(jsonPath("$.violations[0].suspended").value(true))
                .andExpect(jsonPath("$.expulsionReview").value(false));
        mvc.perform(get("/api/v1/stay/violations").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[?(@.personNumber == '" + person + "')].suspended").value(hasItem(true)));
        for (String token : new String[] {"labour", "akimat"}) {
            mvc.perform(get("/api/v1/stay/violations").param("limit", "1000").header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(jsonPath("$.rows[*].personNumber").value(not(hasItem(person))));
            mvc.perform(get("/api/v1/stay/persons/{n}/status", person).header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(jsonPath("$.violations.length()").value(0));
        }
        long id = count("select id from stay_violation where person_number = ? and kind = 'OVERSTAY'", person);
        mvc.perform(post("/stay/violations/{id}/handling", id).with(user(users.loadUserByUsername("police"))).with(csrf())
                .param("protocolNumber", "ПР-1").param("penalty", "FINE").param("fineTenge", "10000")
                .param("handledOn", LocalDate.now().toString()));
        assertThat(jdbc.sql("select state from stay_violation where id = ?").param(id).query(String.class).single()).isEqualTo("OPEN");
        String queue = mvc.perform(get("/stay").with(user(users.loadUserByUsername("police")))).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Приостановлено: не наказуемо");
        String labour = mvc.perform(get("/stay").with(user(users.loadUserByUsername("labour")))).andReturn().getResponse().getContentAsString();
        assertThat(labour).doesNotContain(person).doesNotContain("Приостановлено");
    }

    @Test
    void anOverstayThatBeganBeforeThePeriodStaysPunishable() throws Exception {
        String person = enter("DEU", LocalDate.now().minusDays(40));
        publish(new ReflectionPeriodStarted(person, LocalDate.now().minusDays(2), LocalDate.now().plusDays(28)), person, true);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(count(
                "select count(*) from stay_violation where person_number = ? and kind = 'OVERSTAY' and suspended = false", person)).isEqualTo(1));
    }
}
