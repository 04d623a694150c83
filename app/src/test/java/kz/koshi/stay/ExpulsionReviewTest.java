package kz.koshi.stay;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.protection.ReflectionPeriodStarted;
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
 * Issue 12, section 3: the expulsion review counts what the law counts (administrative offences punished with a
 * protocol within a year; not warnings) and puts the person in the migration police's queue, where an officer decides
 * with a reason; a decision to expel is refused while removal is suspended.
 */
@DatabaseTest
class ExpulsionReviewTest {

    static final String POLICE = "Bearer koshi-demo-police";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String[] SURNAMES = {"ABDULLAEVA", "BOBOEVA", "DAVRONOVA", "GAFUROVA", "JALILOVA", "KOMILOVA",
            "MAHMUDOVA", "NABIEVA", "OLIMOVA", "QOSIMOVA"};
    private static final String[] GIVEN = {"SITORA", "MADINA", "NARGIZA", "UMIDA", "YULDUZ", "GULCHEHRA", "DILFUZA", "KAMOLA",
            "MALIKA", "NILUFAR"};

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

    private String enter(String citizenship, LocalDate on) throws Exception {
        int n = NEXT.getAndIncrement();
        return Arrivals.enter(mvc, citizenship, on, "ER%07d".formatted(5200000 + n), SURNAMES[n % 10], GIVEN[(n + 3) % 10],
                LocalDate.of(1969, 5, 5).plusDays(n * 400L + 17));
    }

    /**
     * An employer's registration today, with no work permit: work without a permit (PROTOCOL). Once the crossing's own
     * assessment has recorded the first violation, so that the two assessments do not race.
     */
    private void employed(String person) throws Exception {
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from stay_violation where person_number = ?").param(person).query(Long.class).single()).isPositive());
        mvc.perform(post("/api/v1/stay/registrations").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personNumber\": \"" + person + "\", \"party\": \"EMPLOYER\", \"validFrom\": \"" + LocalDate.now()
                        + "\", \"validUntil\": \"" + LocalDate.now().plusDays(30) + "\"}")).andExpect(status().isCreated());
    }

    /** Entered 40 days ago from Germany (30 days allowed): a 10-day overstay (PROTOCOL), and work without a permit. */
    private String twoOffences() throws Exception {
        String person = enter("DEU", LocalDate.now().minusDays(40));
        employed(person);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(reviews(person)).isEqualTo(1));
        return person;
    }

    private long reviews(String person) {
        return jdbc.sql("select count(*) from stay_expulsion_review where person_number = ?").param(person).query(Long.class).single();
    }

    private long reviewOf(String person) {
        return jdbc.sql("select id from stay_expulsion_review where person_number = ?").param(person).query(Long.class).single();
    }

    private ResultActions decide(long id, String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/stay/expulsion-reviews/{id}/decision", id).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aWarningAndOneProtocolAreNotTwoOffences() throws Exception {
        // China: registration due 5 days after entry; registered by the employer 3 days late (a WARNING, E1),
        // with no work permit (PROTOCOL): one offence the law counts.
        String person = enter("CHN", LocalDate.now().minusDays(8));
        employed(person);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> mvc.perform(get("/api/v1/stay/persons/{n}/status", person)
                        .header("Authorization", POLICE))
                .andExpect(jsonPath("$.violations.length()").value(2))
                .andExpect(jsonPath("$.violations[*].sanction").value(hasItem("WARNING"))));
        mvc.perform(get("/api/v1/stay/persons/{n}/status", person).header("Authorization", POLICE))
                .andExpect(jsonPath("$.expulsionReview").value(false));
        assertThat(reviews(person)).isZero();
    }

    @Test
    void twoOffencesPutThePersonInTheMigrationPolicesQueueWhereAnOfficerDecidesWithAReason() throws Exception {
        String person = twoOffences();
        mvc.perform(get("/api/v1/stay/persons/{n}/status", person).header("Authorization", POLICE))
                .andExpect(jsonPath("$.expulsionReview").value(true));
        mvc.perform(get("/api/v1/stay/expulsion-reviews").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personNumber == '" + person + "')].offences").value(hasItem(2)))
                .andExpect(jsonPath("$[?(@.personNumber == '" + person + "')].removalSuspended").value(hasItem(false)));
        for (String token : new String[] {"labour", "akimat", "border", "prosecutor"}) {
            mvc.perform(get("/api/v1/stay/expulsion-reviews").header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(status().isForbidden());
        }
        long id = reviewOf(person);
        decide(id, "Bearer koshi-demo-labour", "{\"decision\": \"NO_EXPULSION\", \"reason\": \"x\"}").andExpect(status().isForbidden());
        decide(id, POLICE, "{\"decision\": \"NO_EXPULSION\", \"reason\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(id, POLICE, "{\"decision\": \"MAYBE\", \"reason\": \"x\"}").andExpect(status().isBadRequest());
        decide(id, POLICE, "{\"decision\": \"NO_EXPULSION\", \"reason\": \"Employer fined; worker regularising\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("NO_EXPULSION"));
        decide(id, POLICE, "{\"decision\": \"EXPEL\", \"reason\": \"second thoughts\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:conflict"));
        assertThat(jdbc.sql("select state from stay_expulsion_review where id = ?").param(id).query(String.class).single())
                .isEqualTo("NO_EXPULSION");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPULSION_REVIEW_DECIDED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/stay/expulsion-reviews").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$[*].personNumber").value(not(hasItem(person))));
        String file = mvc.perform(get("/stay/persons/{n}", person).param("lang", "en").with(user(users.loadUserByUsername("police"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(file).as("the file says the review is decided, not still due").doesNotContain("id=\"expulsion-review\"")
                .contains("Expulsion review decided: No expulsion");
        decide(Long.MAX_VALUE, POLICE, "{\"decision\": \"EXPEL\", \"reason\": \"x\"}").andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", POLICE)).andExpect(status().isOk());
        assertThat(reviews(person)).as("a decision stands until a later offence").isEqualTo(1);
    }

    @Test
    void aDecisionToExpelIsRefusedWhileRemovalIsSuspended() throws Exception {
        String person = twoOffences();
        long id = reviewOf(person);
        transactions.executeWithoutResult(t -> events.publishEvent(
                new ReflectionPeriodStarted(person, LocalDate.now(), LocalDate.now().plusDays(30))));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> mvc.perform(get("/api/v1/stay/expulsion-reviews").param("limit", "1000")
                        .header("Authorization", POLICE))
                .andExpect(jsonPath("$[?(@.personNumber == '" + person + "')].removalSuspended").value(hasItem(true))));
        decide(id, POLICE, "{\"decision\": \"EXPEL\", \"reason\": \"repeat offender\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:removal-suspended"));
        assertThat(jdbc.sql("select state from stay_expulsion_review where id = ?").param(id).query(String.class).single())
                .isEqualTo("PENDING");
        String page = mvc.perform(post("/stay/reviews/{id}/decision", id).with(user(users.loadUserByUsername("police"))).with(csrf())
                        .param("decision", "EXPEL").param("reason", "repeat offender"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Выдворение приостановлено: сейчас нельзя записать или решить выдворение этого лица.")
                .as("no field is at fault, so none is said to be marked").doesNotContain("Исправьте отмеченные поля.");
        mvc.perform(post("/stay/reviews/{id}/decision", id).with(user(users.loadUserByUsername("police"))).with(csrf())
                .param("decision", "NO_EXPULSION").param("reason", "victim of trafficking")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from stay_expulsion_review where id = ?").param(id).query(String.class).single())
                .isEqualTo("NO_EXPULSION");
    }

    @Test
    void onlyTheMigrationPoliceSeeTheReviewPage() throws Exception {
        String person = twoOffences();
        String page = mvc.perform(get("/stay/reviews").with(user(users.loadUserByUsername("police"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(person).contains("Инициировать выдворение в суде");
        for (String officer : new String[] {"labour", "akimat", "prosecutor", "border"}) {
            mvc.perform(get("/stay/reviews").with(user(users.loadUserByUsername(officer)))).andExpect(status().isForbidden());
        }
        assertThat(JsonPath.<Integer>read(mvc.perform(get("/api/v1/stay/persons/{n}/status", person).header("Authorization", POLICE))
                .andReturn().getResponse().getContentAsString(), "$.violations.length()")).isEqualTo(2);
    }
}
