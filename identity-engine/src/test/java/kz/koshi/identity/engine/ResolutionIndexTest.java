package kz.koshi.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

class ResolutionIndexTest {

    private final ResolutionIndex index = new ResolutionIndex(MatchModel.defaults(), new TransliterationKeys());

    ResolutionIndexTest() {
        index.add(IdentityRecord.builder("border-1").surname("IUSUPOV").givenName("SHERZOD").birthDate("1994-03-17")
                .sex("M").citizenship("UZB").documentNumber("FA1234567").build(), "P-1");
        index.add(IdentityRecord.builder("police-1").surname("Юсупов").givenName("Шерзод").birthDate("1994-03-17")
                .citizenship("UZB").build(), "P-1");
        index.add(IdentityRecord.builder("police-2").surname("Ахметов").givenName("Ерлан").birthDate("1988-02-11")
                .citizenship("KAZ").documentNumber("N08811223").build(), "P-2");
    }

    @Test
    void aKnownPersonInAnotherScriptIsLinkedWithAnExplanation() {
        Resolution r = index.resolve(IdentityRecord.builder("hotel-1").surname("Yusupov").givenName("Sherzod")
                .birthDate("1994-03-17").citizenship("UZB").build());

        assertThat(r.decision()).isEqualTo(Decision.LINK);
        assertThat(r.linkedPerson()).contains("P-1");
        Candidate top = r.candidates().get(0);
        assertThat(top.contributions()).filteredOn(c -> c.field() == Field.BIRTH_DATE).singleElement()
                .satisfies(c -> assertThat(c.level()).isEqualTo("exact"));
        assertThat(r.candidates()).extracting(Candidate::personId).doesNotHaveDuplicates();
    }

    @Test
    void someoneNobodyHasSeenIsNew() {
        Resolution r = index.resolve(IdentityRecord.builder("x").surname("Petrova").givenName("Anna")
                .birthDate("1970-01-01").build());
        assertThat(r.decision()).isEqualTo(Decision.NEW);
        assertThat(r.linkedPerson()).isEmpty();
    }

    @Test
    void aNamesakeWithAnotherBirthDateIsNotLinked() {
        Resolution r = index.resolve(IdentityRecord.builder("y").surname("AKHMETOV").givenName("ERLAN")
                .birthDate("1988-10-25").citizenship("KAZ").documentNumber("N12990871").build());
        assertThat(r.decision()).isNotEqualTo(Decision.LINK);
    }

    @Test
    void reassigningARecordAfterAMergeMovesItsCandidate() {
        index.assign("police-2", "P-1");
        Resolution r = index.resolve(IdentityRecord.builder("z").surname("Ахметов").givenName("Ерлан")
                .birthDate("1988-02-11").citizenship("KAZ").documentNumber("N08811223").build());
        assertThat(r.candidates().get(0).personId()).isEqualTo("P-1");
    }

    @Test
    void aRecordWithoutAnyNameIsNeverLinked() {
        Resolution r = index.resolve(IdentityRecord.builder("n").birthDate("1994-03-17").citizenship("UZB").build());
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
        assertThat(r.candidates()).isEmpty();
    }

    /** The re-link's merge proposals: the two persons' best-matching records, explained as an online candidate. */
    @Test
    void twoPersonsAreWeighedByTheirBestMatchingRecords() {
        index.add(IdentityRecord.builder("hotel-9").surname("YUSUPOV").givenName("SHERZOD").birthDate("1994-03-17")
                .citizenship("UZB").build(), "P-3");

        PersonPair pair = index.bestPair("P-3", "P-1").orElseThrow();

        assertThat(pair.recordId()).isEqualTo("hotel-9");
        assertThat(pair.candidate().personId()).isEqualTo("P-1");
        assertThat(pair.candidate().recordId()).isIn("border-1", "police-1");
        assertThat(pair.candidate().contributions()).isNotEmpty();
        assertThat(pair.candidate().weight())
                .isGreaterThan(index.bestPair("P-3", "P-2").orElseThrow().candidate().weight());
        assertThat(index.bestPair("P-3", "nobody")).isEmpty();
    }
}
