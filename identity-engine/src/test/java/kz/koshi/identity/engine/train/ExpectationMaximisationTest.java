package kz.koshi.identity.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import kz.koshi.identity.engine.Field;
import org.junit.jupiter.api.Test;

/** EM recovers known parameters from pairs simulated with them (three informative fields). */
class ExpectationMaximisationTest {

    private static final Field[] USED = {Field.SURNAME, Field.BIRTH_DATE, Field.DOCUMENT_NUMBER};

    @Test
    void recoversMatchShareAndMFromUnlabelledPatterns() {
        double[][] trueM = levels(new double[] {0.8, 0.1, 0.05, 0.05}, new double[] {0.85, 0.1, 0.05},
                new double[] {0.7, 0.1, 0.2});
        double[][] trueU = levels(new double[] {0.01, 0.04, 0.1, 0.85}, new double[] {0.002, 0.05, 0.948},
                new double[] {0.0005, 0.001, 0.9985});
        Map<Long, Long> patterns = simulate(trueM, trueU, 0.2, 200_000, new Random(1));

        double[][] startM = levels(new double[] {0.25, 0.25, 0.25, 0.25}, new double[] {0.4, 0.3, 0.3},
                new double[] {0.4, 0.3, 0.3});
        ExpectationMaximisation em = new ExpectationMaximisation(startM, trueU, 0.5, Set.of(), false);
        int iterations = em.fit(patterns);

        assertThat(iterations).isLessThan(ExpectationMaximisation.MAX_ITERATIONS);
        assertThat(em.lambda()).isCloseTo(0.2, within(0.01));
        for (Field f : USED) {
            for (int l = 1; l < 4 && l < trueM[f.ordinal()].length; l++) {
                assertThat(em.m()[f.ordinal()][l]).as(f + " level " + l).isCloseTo(trueM[f.ordinal()][l], within(0.02));
            }
        }
    }

    @Test
    void leavesExcludedFieldsAtTheirStartingValues() {
        double[][] m = levels(new double[] {0.8, 0.1, 0.05, 0.05}, new double[] {0.85, 0.1, 0.05},
                new double[] {0.7, 0.1, 0.2});
        double[][] u = levels(new double[] {0.01, 0.04, 0.1, 0.85}, new double[] {0.002, 0.05, 0.948},
                new double[] {0.0005, 0.001, 0.9985});
        ExpectationMaximisation em = new ExpectationMaximisation(m, u, 0.3, Set.of(Field.SURNAME), false);
        em.fit(simulate(m, u, 0.3, 20_000, new Random(2)));
        assertThat(em.m()[Field.SURNAME.ordinal()]).containsExactly(m[Field.SURNAME.ordinal()]);
    }

    /** Arrays for every field; the three used fields get these level probabilities (level 0 = missing). */
    private static double[][] levels(double[] surname, double[] date, double[] document) {
        double[][] p = new double[Field.values().length][];
        for (Field f : Field.values()) {
            p[f.ordinal()] = new double[f.levelCount()];
            p[f.ordinal()][0] = 1;
        }
        put(p, Field.SURNAME, surname);
        put(p, Field.BIRTH_DATE, date);
        put(p, Field.DOCUMENT_NUMBER, document);
        return p;
    }

    /** Spreads the given probabilities over a field's first levels; the rest get 0. */
    private static void put(double[][] p, Field f, double[] values) {
        System.arraycopy(values, 0, p[f.ordinal()], 1, values.length);
    }

    private static Map<Long, Long> simulate(double[][] m, double[][] u, double lambda, int pairs, Random random) {
        Map<Long, Long> counts = new HashMap<>();
        byte[] levels = new byte[Field.values().length];
        for (int k = 0; k < pairs; k++) {
            double[][] p = random.nextDouble() < lambda ? m : u;
            for (Field f : USED) {
                levels[f.ordinal()] = (byte) draw(p[f.ordinal()], random);
            }
            counts.merge(ComparisonPattern.encode(levels), 1L, Long::sum);
        }
        return counts;
    }

    private static int draw(double[] p, Random random) {
        double x = random.nextDouble();
        for (int l = 1; l < p.length; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }
}
