package kz.koshi.identity.engine;

import java.util.List;

import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.normal.NameKeys;
import kz.koshi.identity.engine.normal.Normaliser;

/**
 * Refines m/u from reviewers' decisions: each probability becomes the posterior mean of a Dirichlet
 * whose prior is the current value worth {@code priorPairs} pairs, so a handful of reviews nudges the
 * model and thousands move it. Confirmed same-person pairs update m. Rejected pairs update u, but with a
 * prior {@link #U_PRIOR_FACTOR} times heavier: reviewers see only hard cases (namesakes, relatives), not
 * the random pairs u describes, so their verdicts would otherwise make agreement look common among
 * strangers. Lambda and thresholds are left alone.
 */
public final class ModelRefinement {

    static final double U_PRIOR_FACTOR = 100;

    private ModelRefinement() {
    }

    public static MatchModel refine(MatchModel model, List<LabelledPair> pairs, NameKeys keys, double priorPairs) {
        Field[] fields = Field.values();
        double[][] matchCounts = new double[fields.length][16];
        double[][] nonMatchCounts = new double[fields.length][16];
        Normaliser normaliser = new Normaliser(keys);
        Comparer comparer = new Comparer(normaliser.vocabulary());
        byte[] levels = new byte[fields.length];
        for (LabelledPair pair : pairs) {
            comparer.compare(normaliser.normalise(pair.a()), normaliser.normalise(pair.b()), levels);
            double[][] counts = pair.samePerson() ? matchCounts : nonMatchCounts;
            for (int f = 0; f < fields.length; f++) {
                counts[f][levels[f]]++;
            }
        }
        MatchModel refined = model;
        for (Field field : fields) {
            FieldParameters p = model.parameters(field);
            double[] m = posterior(p.m(), matchCounts[field.ordinal()], priorPairs);
            double[] u = posterior(p.u(), nonMatchCounts[field.ordinal()], priorPairs * U_PRIOR_FACTOR);
            refined = refined.with(new FieldParameters(field, m, u));
        }
        return refined;
    }

    private static double[] posterior(double[] prior, double[] counts, double strength) {
        double observed = 0;
        for (int l = 1; l < prior.length; l++) {
            observed += counts[l];
        }
        double[] out = prior.clone();
        for (int l = 1; l < prior.length; l++) {
            out[l] = (strength * prior[l] + counts[l]) / (strength + observed);
        }
        return out;
    }
}
