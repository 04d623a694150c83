package kz.koshi.identity.engine.compare;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.normal.Vocabulary;

/** Graded agreement of one name part, from the same spelling down to a shared initial. */
final class NameComparison {

    private static final Field F = Field.SURNAME; // surname and given name share the level list
    static final int EXACT = F.level("exact");
    static final int VARIANT = F.level("variant");
    static final int JW_94 = F.level("jaro_winkler_94");
    static final int JW_88 = F.level("jaro_winkler_88");
    static final int PHONETIC = F.level("phonetic");
    static final int INITIAL = F.level("initial");
    static final int DIFFERENT = F.level("different");

    private final Vocabulary vocabulary;
    private final SimilarityBands bands;

    NameComparison(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.bands = new SimilarityBands(vocabulary);
    }

    int level(int exactA, int keyA, int variantA, int phoneticA,
              int exactB, int keyB, int variantB, int phoneticB) {
        if (exactA == 0 || exactB == 0) {
            return Field.MISSING;
        }
        if (exactA == exactB) {
            return EXACT;
        }
        if (keyA == keyB || variantA == variantB) {
            return VARIANT;
        }
        String a = vocabulary.string(variantA);
        String b = vocabulary.string(variantB);
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? INITIAL : DIFFERENT;
        }
        int band = similarity(exactA, keyA, variantA, exactB, keyB, variantB);
        if (band == SimilarityBands.AT_94) {
            return JW_94;
        }
        if (band == SimilarityBands.AT_88) {
            return JW_88;
        }
        return phoneticA == phoneticB ? PHONETIC : DIFFERENT;
    }

    /**
     * Jaro-Winkler band of the closest pair of readings. The variant (full form, masculine stem) alone would
     * hide a typo in a name that has one: Michael's variant is mihail, and mihail against the typo
     * micvhael is far apart while michael and micvhael differ by one letter. The match key (cross-script,
     * double letters folded) and the spelling as written are tried until one reaches the top band.
     */
    private int similarity(int exactA, int keyA, int variantA, int exactB, int keyB, int variantB) {
        int band = bands.band(variantA, variantB);
        if (band < SimilarityBands.AT_94 && (keyA != variantA || keyB != variantB)) {
            band = Math.max(band, bands.band(keyA, keyB));
        }
        boolean writtenIsAnotherReading = !(exactA == keyA && exactB == keyB) && !(exactA == variantA && exactB == variantB);
        if (band < SimilarityBands.AT_94 && writtenIsAnotherReading) {
            band = Math.max(band, bands.band(exactA, exactB));
        }
        return band;
    }

    /** Patronymics: levels exact, variant (same father's name), similar, different. */
    int patronymicLevel(int exactA, int keyA, int rootA, int exactB, int keyB, int rootB) {
        if (exactA == 0 || exactB == 0) {
            return Field.MISSING;
        }
        if (exactA == exactB || keyA == keyB) {
            return 1;
        }
        if (rootA == rootB) {
            return 2;
        }
        return bands.band(keyA, keyB) >= SimilarityBands.AT_88 ? 3 : 4;
    }

    /** Cost of a level when choosing between the written and the swapped name order. */
    static int penalty(int level) {
        return level == Field.MISSING ? 4 : level == DIFFERENT ? 8 : level;
    }
}
