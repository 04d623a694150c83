package kz.koshi.identity.engine;

import java.util.function.Predicate;

import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record resolved against unprotected records only gets the same decision, candidates and probabilities
 * whether or not protected records (a crisis centre's) of people with the same name are in the index: they
 * are not candidates and do not count in the name frequencies.
 */
class ProtectedSourcesIndexTest {

    private static final Predicate<String> UNPROTECTED = source -> !"crisis_centre".equals(source);

    private static ResolutionIndex index(boolean withProtectedRecords, Predicate<String> counted) {
        ResolutionIndex index = new ResolutionIndex(MatchModel.defaults(), new TransliterationKeys(), counted);
        // Name frequencies count only in a population of some size (Scorer.MIN_RECORDS_FOR_FREQUENCIES).
        for (int i = 0; i < 1200; i++) {
            index.add(IdentityRecord.builder("f-" + i).source("hotel").surname(letters(i) + "OVA").givenName(letters(i + 7) + "A")
                    .birthDate("1960").citizenship("KAZ").build(), "F-" + i);
        }
        index.add(IdentityRecord.builder("b-1").source("border").surname("RAKHIMOVA").givenName("NODIRA").birthDate("1991-06-21")
                .sex("F").citizenship("UZB").documentNumber("FA3344556").build(), "P-1");
        index.add(IdentityRecord.builder("b-2").source("border").surname("AKHMEDOVA").givenName("ZULFIYA").birthDate("1985-01-02")
                .sex("F").citizenship("UZB").build(), "P-2");
        if (withProtectedRecords) {
            for (int i = 0; i < 40; i++) {
                index.add(IdentityRecord.builder("cc-" + i).source("crisis_centre").surname("RAKHIMOVA").givenName("NODIRA")
                        .birthDate(String.valueOf(1940 + i)).sex("F").citizenship("UZB").build(), "V-" + i);
            }
        }
        return index;
    }

    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++, n /= 26) {
            name.append((char) ('A' + n % 26));
        }
        return name.toString();
    }

    private static IdentityRecord query() {
        return IdentityRecord.builder("lab-1").source("labour").surname("RAKHIMOVA").givenName("NODIRA").birthDate("1991-06-21")
                .sex("F").citizenship("UZB").build();
    }

    @Test
    void protectedRecordsChangeNothingAnUnprotectedRecordIsToldOf() {
        Resolution without = index(false, UNPROTECTED).resolve(query(), UNPROTECTED);
        Resolution with = index(true, UNPROTECTED).resolve(query(), UNPROTECTED);

        assertThat(with.decision()).isEqualTo(without.decision());
        assertThat(with.candidates()).extracting(Candidate::personId).containsExactlyElementsOf(
                without.candidates().stream().map(Candidate::personId).toList()).noneMatch(p -> p.startsWith("V-"));
        assertThat(with.candidates().getFirst().probability()).isEqualTo(without.candidates().getFirst().probability());
    }

    @Test
    void wereTheyCountedTheNamesFrequencyWouldGiveThemAway() {
        double without = index(false, s -> true).resolve(query(), UNPROTECTED).candidates().getFirst().weight();
        double counted = index(true, s -> true).resolve(query(), UNPROTECTED).candidates().getFirst().weight();
        assertThat(counted).isNotEqualTo(without);
    }

    @Test
    void theProtectionSideStillFindsThem() {
        Resolution hidden = index(true, UNPROTECTED).resolve(query(), source -> !UNPROTECTED.test(source));
        assertThat(hidden.candidates()).extracting(Candidate::personId).allMatch(p -> p.startsWith("V-"));
    }
}
