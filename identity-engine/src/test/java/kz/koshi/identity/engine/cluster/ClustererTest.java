package kz.koshi.identity.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kz.koshi.identity.engine.CannotLink;
import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Constraints;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

class ClustererTest {

    private final Normaliser normaliser = new Normaliser(new TransliterationKeys());
    private final MatchModel model = MatchModel.defaults();

    /** Two different Sergei Ivanovs and a vague record that looks like either: no chain through it. */
    @Test
    void oneVagueRecordDoesNotChainTwoDifferentPeople() {
        List<NormalisedRecord> records = List.of(
                add(IdentityRecord.builder("ivanov-1980").surname("Иванов").givenName("Сергей").birthDate("1980-05-01")
                        .sex("M").nationalId("800501300111").phone("7011111111")),
                add(IdentityRecord.builder("ivanov-vague").surname("Ivanov").givenName("Sergei")),
                add(IdentityRecord.builder("ivanov-1962").surname("IVANOV").givenName("SERGEI").birthDate("1962-11-23")
                        .sex("M").nationalId("621123300222").phone("7022222222")));
        Scorer scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());
        List<Clusterer.Link> links = List.of(new Clusterer.Link(0, 1, 9.0), new Clusterer.Link(1, 2, 8.0));

        int[] clusters = new Clusterer(records, scorer, model.linkWeight()).cluster(links);

        assertThat(clusters[0]).isNotEqualTo(clusters[2]);
        assertThat(clusters[1]).isEqualTo(clusters[0]);
    }

    @Test
    void aRecordMatchingMostOfAGroupJoinsItEvenIfOneMemberIsVague() {
        List<NormalisedRecord> records = List.of(
                add(IdentityRecord.builder("a").surname("Yusupov").givenName("Sherzod").birthDate("1994-03-17")
                        .citizenship("UZB").documentNumber("FA1234567")),
                add(IdentityRecord.builder("b").surname("Юсупов").givenName("Шерзод").birthDate("1994-03-17")
                        .citizenship("UZB").documentNumber("FA1234567")),
                add(IdentityRecord.builder("c").surname("IUSUPOV").givenName("SHERZOD").birthDate("1994-03-17")
                        .citizenship("UZB")));
        Scorer scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());
        byte[] levels = new byte[Field.values().length];
        List<Clusterer.Link> links = List.of(new Clusterer.Link(0, 1, scorer.weight(records.get(0), records.get(1), levels)),
                new Clusterer.Link(1, 2, scorer.weight(records.get(1), records.get(2), levels)));

        int[] clusters = new Clusterer(records, scorer, model.linkWeight()).cluster(links);

        assertThat(clusters).containsOnly(0);
    }

    @Test
    void conflictingNationalIdsNeverShareACluster() {
        List<NormalisedRecord> records = List.of(
                add(IdentityRecord.builder("twin-1").surname("Кузнецов").givenName("Александр").birthDate("1979-01-03")
                        .nationalId("790103385349").address("Алматы, Гагарина 9-81").phone("7015593361")),
                add(IdentityRecord.builder("twin-2").surname("Кузнецов").givenName("Александр").birthDate("1979-01-03")
                        .nationalId("790103328131").address("Алматы, Гагарина 9-81").phone("7015593361")));
        Scorer scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());

        int[] clusters = new Clusterer(records, scorer, model.linkWeight())
                .cluster(List.of(new Clusterer.Link(0, 1, 40)));

        assertThat(Constraints.between(records.get(0), records.get(1))).contains(CannotLink.DIFFERENT_IIN);
        assertThat(clusters[0]).isNotEqualTo(clusters[1]);
    }

    private NormalisedRecord add(IdentityRecord.Builder b) {
        return normaliser.add(b.build());
    }
}
