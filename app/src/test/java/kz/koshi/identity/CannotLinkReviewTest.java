package kz.koshi.identity;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, section 4, in the registry: a twin reaching his brother's person through a record without an IIN is
 * not linked; the pair waits in the queue with the reason in ru/kk/en, and a reviewer's merge is refused and audited.
 */
@DatabaseTest
@WithUserDetails("police")
class CannotLinkReviewTest {

    private static final LocalDate BORN = LocalDate.of(1983, 6, 14);

    @Autowired
    IdentityResolution identity;
    @Autowired
    ReviewQueue queue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static IncomingRecord twin(String source, String id, String iin) {
        return new IncomingRecord(source, id, "Байтұрсынов", "Ерболат", null, BORN.toString(), "M", "KAZ", null, iin,
                "г. Павлодар, ул. Естая, д. 41, кв. 7", "+77015550141");
    }

    @Test
    void aTwinIsNotLinkedThroughHisBrothersRecordWithoutIinAndTheMergeIsRefused() throws Exception {
        String first = Iin.issue(BORN, Sex.MALE, 3011).orElseThrow().value();
        String second = Iin.issue(BORN, Sex.MALE, 5742).orElseThrow().value();
        PersonResolution brother = identity.resolve(twin("migration_police", "cl-twin-1", first));
        PersonResolution hotel = identity.resolve(twin("hotel", "cl-twin-1-hotel", null));
        assertThat(hotel.personNumber()).isEqualTo(brother.personNumber());

        PersonResolution twin = identity.resolve(twin("labour", "cl-twin-2", second));

        assertThat(twin.outcome()).isEqualTo(ResolutionOutcome.PENDING_REVIEW);
        assertThat(twin.personNumber()).isNotEqualTo(brother.personNumber());
        ReviewItem item = queue.awaiting(200).stream().filter(i -> i.candidatePerson().equals(brother.personNumber()))
                .findFirst().orElseThrow();
        assertThat(item.cannotLink()).isEqualTo("different_iin");
        mvc.perform(get("/persons/review").param("lang", "en"))
                .andExpect(content().string(containsString("different IIN in this person")));
        mvc.perform(get("/persons/review/" + item.id()).param("lang", "en"))
                .andExpect(content().string(containsString("Not linked automatically")))
                .andExpect(content().string(containsString("carries a different valid IIN")));
        mvc.perform(get("/persons/review/" + item.id()).param("lang", "ru"))
                .andExpect(content().string(containsString("другой действительный ИИН")));
        mvc.perform(get("/persons/review/" + item.id()).param("lang", "kk"))
                .andExpect(content().string(containsString("өзге жарамды ЖСН")));

        mvc.perform(post("/persons/review/" + item.id() + "/accept").with(csrf()).param("note", "looks the same"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/persons/review/" + item.id()))
                .andExpect(flash().attribute("alert", "identity.review.refused.different_iin"));

        assertThat(identity.person(twin.personNumber()).orElseThrow().personNumber()).isEqualTo(twin.personNumber());
        assertThat(identity.person(brother.personNumber()).orElseThrow().recordCount()).isEqualTo(2);
        assertThat(jdbc.sql("select status from identity_review where id = ?").param(item.id()).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REVIEW_MERGE_REFUSED' and subject_id = ?")
                .param(String.valueOf(item.id())).query(Long.class).single()).isEqualTo(1);
    }

    private static IncomingRecord sister(String source, String id, String given, String passport) {
        return new IncomingRecord(source, id, "RAHIMOVA", given, null, "1996-04-17", "F", "UZB", passport, null,
                "г. Алматы, ул. Абая, д. 52, кв. 14", "+77017771122");
    }

    /** Twins without IINs: another given name and another passport of one country wait for a reviewer, who may merge. */
    @Test
    void aTwinSisterWaitsInTheQueueAsLikelyTwinsAndAReviewerDecides() throws Exception {
        PersonResolution mohira = identity.resolve(sister("border", "cl-sister-1", "MOHIRA", "FA6253697"));

        PersonResolution nilufar = identity.resolve(sister("border", "cl-sister-2", "NILUFAR", "AC6898667"));

        assertThat(nilufar.outcome()).isEqualTo(ResolutionOutcome.PENDING_REVIEW);
        assertThat(nilufar.personNumber()).isNotEqualTo(mohira.personNumber());
        ReviewItem item = queue.awaiting(200).stream().filter(i -> i.candidatePerson().equals(mohira.personNumber()))
                .findFirst().orElseThrow();
        assertThat(item.cannotLink()).isEqualTo("likely_twins");
        mvc.perform(get("/persons/review").param("lang", "en"))
                .andExpect(content().string(containsString("likely twins: another given name and another document")));
        mvc.perform(get("/persons/review/" + item.id()).param("lang", "en"))
                .andExpect(content().string(containsString("This is how twins or siblings look")));
        mvc.perform(get("/persons/review/" + item.id()).param("lang", "ru"))
                .andExpect(content().string(containsString("близнецы или братья и сёстры")));
        mvc.perform(get("/persons/review/" + item.id()).param("lang", "kk"))
                .andExpect(content().string(containsString("Егіздер немесе бауырлар")));

        mvc.perform(post("/persons/review/" + item.id() + "/accept").with(csrf()).param("note", "one person, renamed"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select status from identity_review where id = ?").param(item.id()).query(String.class).single())
                .isNotEqualTo("OPEN");
    }
}
