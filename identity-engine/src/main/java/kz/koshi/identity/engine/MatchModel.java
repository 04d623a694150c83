package kz.koshi.identity.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * The trained parameters of the engine: per-field m/u, lambda (the probability that two records drawn
 * at random belong to one person) and the decision thresholds. Thresholds are match probabilities and
 * are configuration fixed in advance, never fitted to a dataset's labels. Persist with
 * {@link MatchModelFile}.
 */
public record MatchModel(double lambda, double linkThreshold, double reviewThreshold,
                         Map<Field, FieldParameters> fields) {

    public MatchModel {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0,1)");
        }
        if (!(reviewThreshold > 0 && reviewThreshold <= linkThreshold && linkThreshold < 1)) {
            throw new IllegalArgumentException("need 0 < review <= link < 1");
        }
        if (fields.size() != Field.values().length) {
            throw new IllegalArgumentException("parameters needed for every field");
        }
        fields = Map.copyOf(fields);
    }

    /** The shipped starting point: hand-set, documented parameters used before any training. */
    public static MatchModel defaults() {
        return MatchModelFile.DEFAULTS;
    }

    public FieldParameters parameters(Field field) {
        return fields.get(field);
    }

    /** Prior weight in bits: log2(lambda / (1 - lambda)). */
    public double priorWeight() {
        return FieldParameters.log2(lambda / (1 - lambda));
    }

    public double linkWeight() {
        return FieldParameters.log2(linkThreshold / (1 - linkThreshold));
    }

    public double reviewWeight() {
        return FieldParameters.log2(reviewThreshold / (1 - reviewThreshold));
    }

    public Decision decide(double probability) {
        return probability >= linkThreshold ? Decision.LINK
                : probability >= reviewThreshold ? Decision.REVIEW : Decision.NEW;
    }

    public MatchModel withLambda(double newLambda) {
        return new MatchModel(newLambda, linkThreshold, reviewThreshold, fields);
    }

    public MatchModel withThresholds(double link, double review) {
        return new MatchModel(lambda, link, review, fields);
    }

    public MatchModel with(FieldParameters parameters) {
        Map<Field, FieldParameters> copy = new EnumMap<>(fields);
        copy.put(parameters.field(), parameters);
        return new MatchModel(lambda, linkThreshold, reviewThreshold, copy);
    }

    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }
}
