package kz.koshi.identity;

import java.util.Set;

import kz.koshi.DatabaseTest;
import kz.koshi.access.NewOfficer;
import kz.koshi.access.Officers;
import kz.koshi.access.Role;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.ReviewRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Undecided pairs with a crisis centre's record: reviewed by the centre's supervisors in a queue of their
 * own, never shown, counted or decidable in the migration police's and border's queue.
 */
@DatabaseTest
@RecordApplicationEvents
class ProtectedReviewQueueTest {

    @Autowired
    IdentityResolution identity;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Officers officers;
    @Autowired
    UserDetailsService userDetails;

    private record Pair(PersonResolution police, PersonResolution crisis, ReviewItem item) {
    }

    /** Same name and passport, conflicting birth dates: the registry never links such a pair by itself. */
    private Pair undecidedProtectedPair(String suffix, String surname) {
        PersonResolution police = identity.resolve(new IncomingRecord("migration_police", "pq-a-" + suffix, surname, "Гульнара",
                null, "1993-02-" + suffix, "F", "UZB", "FA0" + suffix + "4455", null, null, null));
        PersonResolution crisis = identity.resolve(new IncomingRecord("crisis_centre", "pq-b-" + suffix, surname, "Гульнара",
                null, "1993-08-" + suffix.charAt(0) + "7", "F", "UZB", "FA0" + suffix + "4455", null, null, null));
        assertThat(crisis.outcome()).isEqualTo(ResolutionOutcome.PENDING_REVIEW);
        ReviewItem item = reviews.awaiting(200, true).stream()
                .filter(i -> i.candidatePerson().equals(police.personNumber())).findFirst().orElseThrow();
        return new Pair(police, crisis, item);
    }

    private long audited(String action, long reviewId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
                .params(action, String.valueOf(reviewId)).query(Long.class).single();
    }

    @Test
    @WithUserDetails("police")
    void aMigrationOfficerNeitherSeesNorCountsNorDecidesAProtectedPair() throws Exception {
        long countedBefore = reviews.countAwaiting(false);
        Pair pair = undecidedProtectedPair("12", "Юлдашева");
        assertThat(pair.item().protectedPair()).isTrue();
        assertThat(reviews.countAwaiting(false)).as("the officers' queue does not count it").isEqualTo(countedBefore);
        assertThat(reviews.awaiting(200, false)).extracting(ReviewItem::id).doesNotContain(pair.item().id());

        mvc.perform(get("/persons/review")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/persons/review/" + pair.item().id() + "\""))));
        mvc.perform(get("/persons/review/" + pair.item().id())).andExpect(status().isForbidden());
        mvc.perform(post("/persons/review/" + pair.item().id() + "/accept").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/persons/protected-review")).andExpect(status().isForbidden());
        mvc.perform(post("/persons/protected-review/" + pair.item().id() + "/accept").with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(reviews.find(pair.item().id()).orElseThrow().status()).isEqualTo(ReviewItem.Status.OPEN);
        assertThat(identity.person(pair.crisis().personNumber()).orElseThrow().personNumber())
                .as("nothing was merged").isEqualTo(pair.crisis().personNumber());
        assertThat(audited("REVIEW_OTHER_QUEUE_DENIED", pair.item().id())).isEqualTo(2);
        assertThat(audited("REVIEW_VIEWED", pair.item().id())).isZero();
        long id = pair.item().id();
        assertThat(jdbc.sql("select subject_id from audit_entry where action = 'PAGE_ACCESS_DENIED' and outcome = 'DENIED'")
                .query(String.class).list()).contains("GET /persons/review/" + id, "POST /persons/review/" + id + "/accept",
                "POST /persons/protected-review/" + id + "/accept");
    }

    @Test
    @WithUserDetails("supervisor")
    void aCrisisCentreSupervisorMergesAndRevertsWithTheSameProvenanceAndAudit() throws Exception {
        Pair pair = undecidedProtectedPair("23", "Каримова");
        String path = "/persons/protected-review/" + pair.item().id();
        mvc.perform(get("/persons/protected-review").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(path)))
                .andExpect(content().string(containsString("crisis-centre records")));
        mvc.perform(get(path).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Каримова")))
                .andExpect(content().string(containsString("1993-08-27")))
                .andExpect(content().string(containsString("Why this weight")))
                .andExpect(content().string(not(containsString("href=\"/persons/KP"))));
        assertThat(audited("REVIEW_VIEWED", pair.item().id())).isEqualTo(1);

        mvc.perform(post(path + "/accept").with(csrf()).param("note", "same passport, victim confirmed"))
                .andExpect(redirectedUrl("/persons/protected-review"));
        assertThat(identity.person(pair.crisis().personNumber()).orElseThrow().personNumber())
                .as("the crisis centre's person number leads to the person the police know")
                .isEqualTo(pair.police().personNumber());
        assertThat(events.stream(PersonsMerged.class))
                .contains(new PersonsMerged(pair.police().personNumber(), pair.crisis().personNumber()));
        assertThat(jdbc.sql("select action from identity_link_history where source_record_id = ? order by id")
                .param(pair.item().sourceRecordId()).query(String.class).list()).contains("MERGE");

        mvc.perform(post(path + "/revert").with(csrf()).param("note", "sisters")).andExpect(redirectedUrl(path));
        assertThat(identity.person(pair.crisis().personNumber()).orElseThrow().personNumber())
                .isEqualTo(pair.crisis().personNumber());
        assertThat(events.stream(PersonSplit.class))
                .contains(new PersonSplit(pair.police().personNumber(), pair.crisis().personNumber()));
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and action like 'REVIEW_%' order by id")
                .param(String.valueOf(pair.item().id())).query(String.class).list())
                .containsSubsequence("REVIEW_VIEWED", "REVIEW_ACCEPTED", "REVIEW_REVERTED");
    }

    @Test
    @WithUserDetails("supervisor")
    void aCrisisCentreSupervisorCannotOpenThePolicePairs() throws Exception {
        PersonResolution first = identity.resolve(new IncomingRecord("migration_police", "pq-c-1", "Рахимов", "Бахтиёр",
                null, "1980-05-14", "M", "UZB", "FA0774411", null, null, null));
        identity.resolve(new IncomingRecord("migration_police", "pq-c-2", "Рахимов", "Бахтиёр",
                null, "1980-11-27", "M", "UZB", "FA0774411", null, null, null));
        ReviewItem item = reviews.awaiting(200, false).stream()
                .filter(i -> i.candidatePerson().equals(first.personNumber())).findFirst().orElseThrow();
        mvc.perform(get("/persons/protected-review/" + item.id())).andExpect(status().isForbidden());
        mvc.perform(get("/persons/review/" + item.id())).andExpect(status().isForbidden());
        assertThat(audited("REVIEW_OTHER_QUEUE_DENIED", item.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("supervisor")
    void aCrisisCentreSystemLearnsWhichOfItsRecordsAwaitADecisionAndNoOtherSystemDoes() throws Exception {
        Pair pair = undecidedProtectedPair("15", "Норматова");
        mvc.perform(get("/api/v1/identity/protected-reviews").header("Authorization", "Bearer koshi-demo-crisis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"recordId\":\"pq-b-15\"")))
                .andExpect(content().string(not(containsString("Норматова"))))
                .andExpect(content().string(not(containsString("pq-a-15"))));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROTECTED_REVIEWS_LISTED'")
                .query(Long.class).single()).isPositive();
        for (String token : new String[] {"koshi-demo-police", "koshi-demo-border", "koshi-demo-labour"}) {
            mvc.perform(get("/api/v1/identity/protected-reviews").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'API_ACCESS_DENIED' and subject_id = ?")
                .param("GET /api/v1/identity/protected-reviews").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(reviews.find(pair.item().id()).orElseThrow().status()).isEqualTo(ReviewItem.Status.OPEN);
    }

    @Test
    @WithUserDetails("admin")
    void aCaseSupervisorOfTheLabourMinistryIsNoCrisisCentreReviewer() throws Exception {
        officers.create(new NewOfficer("labour.supervisor.pq", "Labour Case Supervisor", "MLSP",
                Set.of(Role.CASE_SUPERVISOR), "Koshi-test-2026-labour"));
        UserDetails labourSupervisor = userDetails.loadUserByUsername("labour.supervisor.pq");
        mvc.perform(get("/persons/protected-review").with(user(labourSupervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/persons/protected-review").with(user(userDetails.loadUserByUsername("supervisor"))))
                .andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("social")
    void aSocialWorkerDoesNotDecideIdentities() throws Exception {
        mvc.perform(get("/persons/protected-review")).andExpect(status().isForbidden());
    }
}
