package kz.koshi.identity.engine;

/**
 * How one field moved a match weight: the comparison level reached and its weight in bits (log2 m/u,
 * including any term-frequency adjustment, which is also shown on its own).
 */
public record FieldContribution(Field field, String level, double weight, double termFrequencyAdjustment) {

    @Override
    public String toString() {
        return "%s=%s %+.2f".formatted(field.key(), level, weight);
    }
}
