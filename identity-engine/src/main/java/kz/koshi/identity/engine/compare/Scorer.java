package kz.koshi.identity.engine.compare;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.FieldContribution;
import kz.koshi.identity.engine.FieldParameters;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.TermFrequencies;

/**
 * Fellegi-Sunter scoring: match weight = prior + sum of field weights, in bits. Exact and variant
 * agreement on a frequency-adjusted field is re-weighted by how common the value is (Splink's term
 * frequency adjustment): agreeing on Ахметов is weaker evidence than agreeing on a rare surname.
 */
public final class Scorer {

    /** Below this many values a frequency is noise; the field's average u is used instead. */
    static final long MIN_RECORDS_FOR_FREQUENCIES = 1000;
    /** One very rare (often misspelt) value must not outweigh every other field. */
    static final double MAX_ADJUSTMENT_BITS = 6.0;

    private static final Field[] FIELDS = Field.values();

    private final MatchModel model;
    private final Comparer comparer;
    private final TermFrequencies frequencies;
    private final double[][] weights = new double[FIELDS.length][];

    public Scorer(MatchModel model, Comparer comparer, TermFrequencies frequencies) {
        this.model = model;
        this.comparer = comparer;
        this.frequencies = frequencies;
        for (Field field : FIELDS) {
            FieldParameters p = model.parameters(field);
            weights[field.ordinal()] = new double[field.levelCount()];
            for (int level = 0; level < field.levelCount(); level++) {
                weights[field.ordinal()][level] = p.weight(level);
            }
        }
    }

    public MatchModel model() {
        return model;
    }

    /** Whether the two records look like twins or siblings rather than one person (never linked automatically). */
    public boolean likelyTwins(NormalisedRecord a, NormalisedRecord b) {
        return comparer.likelyTwins(a, b);
    }

    /** Total match weight in bits; {@code levels} receives the comparison vector. */
    public double weight(NormalisedRecord a, NormalisedRecord b, byte[] levels) {
        comparer.compare(a, b, levels);
        return weightOf(levels, a, b);
    }

    /** Match weight of a comparison vector already computed for records a and b. */
    public double weightOf(byte[] levels, NormalisedRecord a, NormalisedRecord b) {
        double total = model.priorWeight();
        for (int f = 0; f < FIELDS.length; f++) {
            total += weights[f][levels[f]];
        }
        total -= sexImpliedByName(levels);
        return total + adjustment(Field.SURNAME, levels, a.surnameKey(), b.surnameKey())
                + adjustment(Field.GIVEN_NAME, levels, a.givenKey(), b.givenKey())
                + adjustment(Field.CITIZENSHIP, levels, a.citizenship(), b.citizenship());
    }

    /** The per-field explanation of {@link #weight}; the prior is not a field and is left out. */
    public List<FieldContribution> explain(NormalisedRecord a, NormalisedRecord b) {
        byte[] levels = new byte[FIELDS.length];
        comparer.compare(a, b, levels);
        List<FieldContribution> out = new ArrayList<>(FIELDS.length);
        for (Field field : FIELDS) {
            int level = levels[field.ordinal()];
            double tf = switch (field) {
                case SURNAME -> adjustment(field, levels, a.surnameKey(), b.surnameKey());
                case GIVEN_NAME -> adjustment(field, levels, a.givenKey(), b.givenKey());
                case CITIZENSHIP -> adjustment(field, levels, a.citizenship(), b.citizenship());
                default -> 0.0;
            };
            double weight = weights[field.ordinal()][level] + tf
                    - (field == Field.SEX ? sexImpliedByName(levels) : 0.0);
            out.add(new FieldContribution(field, field.levelName(level), weight, tf));
        }
        return out;
    }

    /**
     * Agreeing given names (Севара, Sevara) already imply the same sex: counting sex again would be the
     * same evidence twice. Disagreement on sex still counts in full (a data error or another person).
     */
    private double sexImpliedByName(byte[] levels) {
        int given = levels[Field.GIVEN_NAME.ordinal()];
        int sex = levels[Field.SEX.ordinal()];
        boolean namesAgree = given == Field.EXACT || given == NameComparison.VARIANT;
        return namesAgree && sex == Field.EXACT ? weights[Field.SEX.ordinal()][sex] : 0.0;
    }

    private double adjustment(Field field, byte[] levels, int valueA, int valueB) {
        int level = levels[field.ordinal()];
        long total = frequencies.total(field);
        boolean agrees = level == Field.EXACT || level == NameComparison.VARIANT && field != Field.CITIZENSHIP;
        if (!agrees || total < MIN_RECORDS_FOR_FREQUENCIES) {
            return 0.0;
        }
        int count = Math.max(1, Math.max(frequencies.count(field, valueA), frequencies.count(field, valueB)));
        double frequency = (double) count / total;
        double bits = Math.log(model.parameters(field).u(Field.EXACT) / frequency) / Math.log(2);
        return Math.max(-MAX_ADJUSTMENT_BITS, Math.min(MAX_ADJUSTMENT_BITS, bits));
    }
}
