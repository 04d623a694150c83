package kz.koshi.identity.split;

import java.util.List;
import java.util.Optional;

import kz.koshi.identity.ReviewView;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * Scores the two groups of a split proposal against each other with the registry's current model, field by field as
 * the pair page explains a candidate. The names' frequency adjustment is left out: it needs the whole registry's
 * counts, which live in the online index, and it only ever adds weight to agreeing rare names.
 */
@Component
class SplitScores {

    private final RegistryIndex index;

    SplitScores(RegistryIndex index) {
        this.index = index;
    }

    Optional<StrongestLink> strongest(List<StoredRecord> staying, List<StoredRecord> leaving) {
        MatchModel model = index.model();
        Normaliser normaliser = new Normaliser(new TransliterationKeys());
        Scorer scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());
        StrongestLink best = null;
        for (StoredRecord s : staying) {
            NormalisedRecord a = normaliser.normalise(RegistryIndex.toEngine(s));
            for (StoredRecord l : leaving) {
                NormalisedRecord b = normaliser.normalise(RegistryIndex.toEngine(l));
                double weight = scorer.weight(a, b, new byte[kz.koshi.identity.engine.Field.values().length]);
                if (best == null || weight > best.weight()) {
                    best = new StrongestLink(s.id(), l.id(), weight, MatchModel.probability(weight), model.linkWeight(),
                            scorer.explain(a, b).stream().map(c -> new ReviewView.FieldWeight(c.field().key(), c.level(), c.weight())).toList());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
