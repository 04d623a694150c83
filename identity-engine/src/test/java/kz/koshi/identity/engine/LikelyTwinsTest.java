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

/**
 * Issue 12, section 4: twins (one surname, birth date, address and phone; another given name and another passport
 * of the same country) are two persons, online and in the batch; spellings of one given name with a renewed
 * passport are still one person.
 */
class LikelyTwinsTest {

    private final ResolutionIndex index = new ResolutionIndex(MatchModel.defaults(), new TransliterationKeys());

    private static IdentityRecord sister(String id, String surname, String given, String passport) {
        return IdentityRecord.builder(id).surname(surname).givenName(given).birthDate("1996-04-17").sex("F")
                .citizenship("UZB").documentNumber(passport).address("Алматы, Абая 52-14").phone("7017771122").build();
    }

    @Test
    void aTwinIsNotLinkedToHerSisterButPutBeforeAReviewerAsLikelyTwins() {
        index.add(sister("bor-1", "RAHIMOVA", "MOHIRA", "FA6253697"), "P-1");
        index.add(sister("mvd-1", "Рахимова", "Мохира", "FA6253697"), "P-1");

        Resolution r = index.resolve(sister("bor-2", "RAHIMOVA", "NILUFAR", "AC6898667"));

        assertThat(r.decision()).isNotEqualTo(Decision.LINK);
        assertThat(r.candidates()).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo("P-1");
            assertThat(c.cannotLink()).isEqualTo(CannotLink.LIKELY_TWINS);
            assertThat(c.cannotLink().hard()).isFalse();
        });
    }

    @Test
    void aCyrillicAndALatinSpellingWithARenewedPassportStillLink() {
        index.add(sister("mvd-1", "Сейткали", "Айгерим", "FA6253697"), "P-1");

        Resolution r = index.resolve(sister("bor-2", "SEITKALI", "AIGERIM", "AC6898667"));

        assertThat(r.decision()).isEqualTo(Decision.LINK);
        assertThat(r.linkedPerson()).contains("P-1");
    }

    @Test
    void aTypoInTheGivenNameWithARenewedPassportStillLinks() {
        index.add(sister("bor-1", "SEITKALI", "AIGERIM", "FA6253697"), "P-1");

        Resolution r = index.resolve(sister("bor-2", "SEITKALI", "AIGERM", "AC6898667"));

        assertThat(r.decision()).isEqualTo(Decision.LINK);
        assertThat(r.linkedPerson()).contains("P-1");
    }

    @Test
    void theBatchKeepsTwinsApartAndLinksSpellingsOfOneName() {
        Normaliser normaliser = new Normaliser(new TransliterationKeys());
        List<NormalisedRecord> records = List.of(
                normaliser.add(sister("bor-1", "RAHIMOVA", "MOHIRA", "FA6253697")),
                normaliser.add(sister("mvd-1", "Рахимова", "Мохира", "FA6253697")),
                normaliser.add(sister("bor-2", "RAHIMOVA", "NILUFAR", "AC6898667")),
                normaliser.add(sister("bor-3", "RAHIMOVA", "MOHRA", "AC1234567")));
        MatchModel model = MatchModel.defaults();
        Scorer scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());
        byte[] levels = new byte[Field.values().length];
        List<Clusterer.Link> links = List.of(new Clusterer.Link(0, 1, 30), new Clusterer.Link(0, 3, 20),
                new Clusterer.Link(0, 2, scorer.weight(records.get(0), records.get(2), levels)));

        int[] clusters = new Clusterer(records, scorer, model.linkWeight()).cluster(links);

        assertThat(clusters[0]).isEqualTo(clusters[1]).isEqualTo(clusters[3]).isNotEqualTo(clusters[2]);
    }
}
