package kz.koshi.identity.split;

import java.util.List;
import java.util.Optional;

import kz.koshi.identity.ReviewView;
import kz.koshi.identity.engine.Field;
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
        List<NormalisedRecord> stays = staying.stream().map(r -> normaliser.normalise(RegistryIndex.toEngine(r))).toList();
        List<NormalisedRecord> leaves = leaving.stream().map(r -> normaliser.normalise(RegistryIndex.toEngine(r))).toList();
        byte[] levels = new byte[Field.values().length];
        int[] best = null;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < stays.size(); s++) {
            for (int l = 0; l < leaves.size(); l++) {
                double weight = scorer.weight(stays.get(s), leaves.get(l), levels);
                if (weight > bestWeight) {
                    bestWeight = weight;
                    best = new int[] {s, l};
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<ReviewView.FieldWeight> explanation = scorer.explain(stays.get(best[0]), leaves.get(best[1])).stream()
                .map(c -> new ReviewView.FieldWeight(c.field().key(), c.level(), c.weight())).toList();
        return Optional.of(new StrongestLink(staying.get(best[0]).id(), leaving.get(best[1]).id(), bestWeight,
                MatchModel.probability(bestWeight), model.linkWeight(), explanation));
    }
}
