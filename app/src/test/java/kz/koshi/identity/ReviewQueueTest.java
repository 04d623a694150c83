package kz.koshi.identity;

import kz.koshi.DatabaseTest;
import kz.koshi.identity.registry.ReviewItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("police")
class ReviewQueueTest {

    @Autowired
    IdentityResolution identity;
    @Autowired
    ReviewQueue queue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private record Pair(PersonResolution first, PersonResolution second, ReviewItem item) {
    }

    /**
     * Same name and passport number but birth dates that conflict: whatever the engine's score, the registry
     * never links such a pair by itself and leaves it to a reviewer.
     */
    private Pair undecidedPair(String suffix, String surname) {
        PersonResolution first = identity.resolve(new IncomingRecord("migration_police", "rq-a-" + suffix, surname, "Нурлан",
                null, "1975-04-" + suffix, "M", "KAZ", "N0" + suffix + "1111", null, null, null));
        PersonResolution second = identity.resolve(new IncomingRecord("migration_police", "rq-b-" + suffix, surname, "Нурлан",
                null, "1975-09-" + suffix.charAt(0) + "7", "M", "KAZ", "N0" + suffix + "1111", null, null, null));
        assertThat(second.outcome()).isEqualTo(ResolutionOutcome.PENDING_REVIEW);
        ReviewItem item = queue.awaiting(200).stream().filter(i -> i.candidatePerson().equals(first.personNumber()))
                .findFirst().orElseThrow();
        return new Pair(first, second, item);
    }

    @Test
    void theReviewerSeesBothRecordsFieldByFieldWithTheExplanation() throws Exception {
        Pair pair = undecidedPair("11", "Жумабеков");
        mvc.perform(get("/persons/review/" + pair.item().id()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Жумабеков")))
                .andExpect(content().string(containsString("1975-09-17")))
                .andExpect(content().string(containsString("Birth date")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("birth_date"))))
                .andExpect(content().string(containsString("Why this weight")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REVIEW_VIEWED' and subject_id = ?")
                .param(String.valueOf(pair.item().id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void acceptingMergesThePersonsAndRevertingSplitsThemAgain() throws Exception {
        Pair pair = undecidedPair("22", "Тулегенов");
        mvc.perform(post("/persons/review/" + pair.item().id() + "/accept").with(csrf()).param("note", "same passport photo"))
                .andExpect(redirectedUrl("/persons/review"));

        assertThat(identity.person(pair.second().personNumber()).orElseThrow().personNumber())
                .as("the merged number leads to the survivor").isEqualTo(pair.first().personNumber());
        assertThat(identity.person(pair.first().personNumber()).orElseThrow().recordCount()).isEqualTo(2);
        assertThat(events.stream(PersonsMerged.class))
                .contains(new PersonsMerged(pair.first().personNumber(), pair.second().personNumber()));

        mvc.perform(post("/persons/review/" + pair.item().id() + "/revert").with(csrf()).param("note", "wrong, twins"))
                .andExpect(redirectedUrl("/persons/review/" + pair.item().id()));
        assertThat(identity.person(pair.second().personNumber()).orElseThrow().personNumber()).isEqualTo(pair.second().personNumber());
        assertThat(identity.person(pair.first().personNumber()).orElseThrow().recordCount()).isEqualTo(1);
        assertThat(events.stream(PersonSplit.class))
                .contains(new PersonSplit(pair.first().personNumber(), pair.second().personNumber()));
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and action like 'REVIEW_%' order by id")
                .param(String.valueOf(pair.item().id())).query(String.class).list())
                .containsSubsequence("REVIEW_ACCEPTED", "REVIEW_REVERTED");
    }

    @Test
    void rejectingKeepsThemApartAndADecidedPairCannotBeDecidedAgain() {
        Pair pair = undecidedPair("03", "Сейткалиев");
        queue.reject(pair.item().id(), "different fathers' names");
        assertThat(identity.person(pair.second().personNumber()).orElseThrow().personNumber()).isEqualTo(pair.second().personNumber());
        assertThatThrownBy(() -> queue.accept(pair.item().id(), null)).isInstanceOf(kz.koshi.shared.DomainProblem.class);
    }

    @Test
    @WithUserDetails("labour")
    void onlyMigrationAndBorderOfficersReview() throws Exception {
        mvc.perform(get("/persons/review")).andExpect(status().isForbidden());
    }
}
