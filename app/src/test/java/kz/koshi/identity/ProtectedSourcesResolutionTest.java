package kz.koshi.identity;

import kz.koshi.DatabaseTest;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.ReviewRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record of an unprotected source is answered from what its own side knows: a person known only from a
 * crisis centre's record is neither linked to nor queued against before the protection side reviews the pair,
 * and the answer is the same as for a person nobody knows.
 */
@DatabaseTest
class ProtectedSourcesResolutionTest {

    @Autowired
    IdentityResolution identity;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    ProtectedReviewQueue protectedQueue;
    @Autowired
    UserDetailsService userDetails;

    private static IncomingRecord record(String source, String id, String surname, String given, String birth, String document) {
        return new IncomingRecord(source, id, surname, given, null, birth, "F", "UZB", document, null, null, null);
    }

    @Test
    void aFeedRecordOfAPersonKnownOnlyToACrisisCentreIsANewPersonAndThePairGoesToTheProtectionSide() {
        PersonResolution victim = identity.resolve(record("crisis_centre", "psr-cc-1", "Нуриддинова", "Севара", "1996-04-14", "FA5511223"));
        PersonResolution career = identity.resolve(record("career_centre", "psr-car-1", "NURIDDINOVA", "SEVARA", "1996-04-14", "FA5511223"));
        PersonResolution stranger = identity.resolve(record("career_centre", "psr-car-2", "XOLMATOVA", "DILDORA", "1979-11-02", "FA9900112"));

        assertThat(career.personNumber()).isNotEqualTo(victim.personNumber());
        assertThat(career.outcome()).as("answered as for a person nobody knows").isEqualTo(stranger.outcome())
                .isEqualTo(ResolutionOutcome.NEW_PERSON);
        // Against the crisis record (same name, birth date, passport) it would be a certain match; the shared test
        // database may hold a namesake of the feed's side, so only "far from a match" is asked.
        assertThat(career.matchProbability()).as("scored against what the career centre's side knows, not the crisis record")
                .isLessThan(0.5);

        ReviewItem pair = reviews.awaiting(200, true).stream().filter(i -> i.candidatePerson().equals(victim.personNumber()))
                .findFirst().orElseThrow();
        assertThat(pair.protectedPair()).isTrue();
        assertThat(reviews.awaiting(200, false)).noneMatch(i -> i.candidatePerson().equals(victim.personNumber()));
        assertThat(identity.registered(victim.personNumber())).as("a person only protection knows is not registered for others").isEmpty();
        assertThat(identity.registered(career.personNumber())).isPresent();
    }

    @Test
    void anUndecidedMatchAgainstAPersonKnownOnlyToACrisisCentreIsNotPendingReviewForTheFeed() {
        identity.resolve(record("crisis_centre", "psr-cc-2", "Рахимова", "Нодира", "1991-06-21", "FA3344556"));
        PersonResolution akimat = identity.resolve(record("labour", "psr-lab-2", "RAKHIMOVA", "NODIRA", "1991-08-21", null));

        assertThat(akimat.outcome()).isEqualTo(ResolutionOutcome.NEW_PERSON);
        assertThat(akimat.matchProbability()).isLessThan(0.01);
    }

    @Test
    void whenTheProtectionSideAcceptsThePairTheyJoin() {
        PersonResolution victim = identity.resolve(record("crisis_centre", "psr-cc-3", "Абдурахманова", "Лола", "1999-01-30", "FA7788990"));
        PersonResolution border = identity.resolve(record("border", "psr-b-3", "ABDURAKHMANOVA", "LOLA", "1999-01-30", "FA7788990"));
        assertThat(identity.personOfRecord("border", "psr-b-3")).contains(border.personNumber());

        long pair = reviews.awaiting(200, true).stream().filter(i -> i.candidatePerson().equals(victim.personNumber()))
                .findFirst().orElseThrow().id();
        acceptAsSupervisor(pair);

        assertThat(identity.personOfRecord("border", "psr-b-3")).contains(victim.personNumber());
        assertThat(identity.registered(victim.personNumber())).as("now known to the border too").isPresent();
    }

    @Test
    void theNextRecordOfTheSamePersonQueuesNoSecondPair() {
        PersonResolution victim = identity.resolve(record("crisis_centre", "psr-cc-5", "Юнусова", "Камола", "1994-10-10", "FA6655443"));
        PersonResolution first = identity.resolve(record("border", "psr-b-5a", "YUNUSOVA", "KAMOLA", "1994-10-10", "FA6655443"));
        assertThat(reviews.protectedPairBefore(first.personNumber(), victim.personNumber())).isTrue();
        PersonResolution next = identity.resolve(record("border", "psr-b-5b", "YUNUSOVA", "KAMOLA", "1994-10-10", "FA6655443"));

        assertThat(next.outcome()).isEqualTo(ResolutionOutcome.LINKED);
        assertThat(next.personNumber()).isEqualTo(first.personNumber());
        assertThat(reviews.awaiting(200, true)).filteredOn(i -> i.candidatePerson().equals(victim.personNumber())).hasSize(1);
    }

    @Test
    void aRecordMatchingAPersonTheFeedsSideAlreadyKnowsLinksAsBefore() {
        PersonResolution border = identity.resolve(record("border", "psr-b-4", "KARIMOVA", "MADINA", "1985-05-05", "FA1212343"));
        PersonResolution crisis = identity.resolve(record("crisis_centre", "psr-cc-4", "Каримова", "Мадина", "1985-05-05", "FA1212343"));
        assertThat(crisis.personNumber()).isEqualTo(border.personNumber());

        PersonResolution police = identity.resolve(record("migration_police", "psr-p-4", "Каримова", "Мадина", "1985-05-05", "FA1212343"));
        assertThat(police.outcome()).isEqualTo(ResolutionOutcome.LINKED);
        assertThat(police.personNumber()).isEqualTo(border.personNumber());
        assertThat(reviews.awaiting(200, true)).noneMatch(i -> i.candidatePerson().equals(border.personNumber()));
    }

    private void acceptAsSupervisor(long pair) {
        UserDetails supervisor = userDetails.loadUserByUsername("supervisor");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(supervisor, null, supervisor.getAuthorities()));
        try {
            protectedQueue.accept(pair, "same passport");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
