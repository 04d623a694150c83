package kz.koshi.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kz.koshi.identity.engine.cluster.Clusterer;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

/** Issue 12, section 4: records with conflicting identifiers never end in one person, directly or by a chain. */
class CannotLinkTest {

    private final ResolutionIndex index = new ResolutionIndex(MatchModel.defaults(), new TransliterationKeys());

    private static IdentityRecord.Builder twin(String id, String iin) {
        return IdentityRecord.builder(id).surname("Кузнецов").givenName("Александр").birthDate("1979-01-03").sex("M")
                .citizenship("KAZ").nationalId(iin).address("Алматы, Гагарина 9-81").phone("7015593361");
    }

    private static IdentityRecord ivanov(String id, String birthDate, String passport) {
        return IdentityRecord.builder(id).surname("IVANOV").givenName("ALEKSANDR").birthDate(birthDate).sex("M")
                .citizenship("UKR").documentNumber(passport).build();
    }

    /** A-B linked, B-C would link, A and C have different valid IINs: C is not merged, and the reason is given. */
    @Test
    void aChainThroughARecordWithoutIinDoesNotJoinTwoIins() {
        index.add(twin("twin-1", "790103385349").build(), "P-1");
        index.add(twin("twin-1-hotel", null).build(), "P-1");

        Resolution r = index.resolve(twin("twin-2", "790103328131").build());

        assertThat(r.decision()).isNotEqualTo(Decision.LINK);
        assertThat(r.candidates()).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo("P-1");
            assertThat(c.cannotLink()).isEqualTo(CannotLink.DIFFERENT_IIN);
        });
    }

    /**
     * The demo's cascade: a namesake born the same year with another passport of the same country is no second
     * "certain" person, so the traveller's next crossing links to his own person instead of queuing a new one.
     */
    @Test
    void aNamesakeWithAnotherPassportAndBirthDateIsNoCandidateAtAll() {
        index.add(ivanov("bor-53", "2001-11-20", "FF346841"), "P-1");
        index.add(ivanov("bor-69", "2001-07-11", "FA846064"), "P-2");

        Resolution r = index.resolve(ivanov("bor-216", "2001-07-11", "FA846064"));

        assertThat(r.decision()).isEqualTo(Decision.LINK);
        assertThat(r.linkedPerson()).contains("P-2");
        assertThat(r.candidates()).extracting(Candidate::personId).containsExactly("P-2");
    }

    /** Identical passport and full birth date is one person, even when the registry already holds a duplicate. */
    @Test
    void identicalPassportAndBirthDateLinksDespiteADuplicate() {
        index.add(ivanov("bor-69", "2001-07-11", "FA846064"), "P-2");
        index.add(ivanov("bor-70", "2001-07-11", "FA846064"), "P-3");

        Resolution r = index.resolve(ivanov("bor-216", "2001-07-11", "FA846064"));

        assertThat(r.decision()).isEqualTo(Decision.LINK);
    }

    /**
     * Father and son of one household (the father's record without a passport, so no hard constraint applies);
     * a record without birth date or document looks like both.
     */
    @Test
    void aWeakRecordDoesNotBridgeFatherAndSon() {
        index.add(IdentityRecord.builder("father").surname("Иванов").givenName("Сергей").patronymic("Петрович")
                .birthDate("1962-11-23").sex("M").citizenship("RUS")
                .address("Караганда, Шевченко 160-25").phone("7011111111").build(), "P-1");
        index.add(IdentityRecord.builder("weak").surname("Иванов").givenName("Сергей").sex("M").citizenship("RUS")
                .address("Караганда, Шевченко 160-25").phone("7011111111").build(), "P-1");

        Resolution r = index.resolve(IdentityRecord.builder("son").surname("IVANOV").givenName("SERGEI")
                .patronymic("Сергеевич").birthDate("1988-04-11").sex("M").citizenship("RUS").documentNumber("739386694")
                .address("Караганда, Шевченко 160-25").phone("7011111111").build());
        assertThat(r.decision()).isNotEqualTo(Decision.LINK);
        assertThat(r.candidates()).first().satisfies(c -> assertThat(c.cannotLink()).isEqualTo(CannotLink.WEAK_BRIDGE));
    }

    @Test
    void personsWithDifferentPassportsAndBirthDatesConflict() {
        index.add(ivanov("bor-53", "2001-11-20", "FF346841"), "P-1");
        index.add(ivanov("bor-69", "2001-07-11", "FA846064"), "P-2");
        index.add(ivanov("bor-70", "2001-07-11", "FA846065"), "P-3"); // one keystroke: a typo, not another passport

        assertThat(index.conflictBetween("P-1", "P-2")).contains(CannotLink.DIFFERENT_PASSPORT);
        assertThat(index.conflictBetween("P-2", "P-3")).isEmpty();
    }

    /** In the batch: a weak record links to both, but the two passports are two people, and the group stays apart. */
    @Test
    void clusteringKeepsConflictingPassportsApartThroughAWeakRecord() {
        Normaliser normaliser = new Normaliser(new TransliterationKeys());
        List<NormalisedRecord> records = List.of(
                normaliser.add(IdentityRecord.builder("a").surname("IVANOV").givenName("ALEKSANDR").birthDate("2001-07-11")
                        .citizenship("UKR").documentNumber("FA846064").phone("7015593361").address("Алматы, Гагарина 9-81").build()),
                normaliser.add(IdentityRecord.builder("w").surname("Иванов").givenName("Александр")
                        .citizenship("UKR").phone("7015593361").address("Алматы, Гагарина 9-81").build()),
                normaliser.add(IdentityRecord.builder("c").surname("IVANOV").givenName("ALEKSANDR").birthDate("2001-11-20")
                        .citizenship("UKR").documentNumber("FF346841").phone("7015593361").address("Алматы, Гагарина 9-81").build()));
        MatchModel model = MatchModel.defaults();
        Scorer scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());
        byte[] levels = new byte[Field.values().length];
        List<Clusterer.Link> links = List.of(new Clusterer.Link(0, 1, scorer.weight(records.get(0), records.get(1), levels)),
                new Clusterer.Link(1, 2, scorer.weight(records.get(1), records.get(2), levels)));

        int[] clusters = new Clusterer(records, scorer, model.linkWeight()).cluster(links);

        assertThat(clusters[0]).isNotEqualTo(clusters[2]);
    }
}
