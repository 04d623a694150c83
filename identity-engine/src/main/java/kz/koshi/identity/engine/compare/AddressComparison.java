package kz.koshi.identity.engine.compare;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.normal.Vocabulary;

/**
 * Address agreement as the share of tokens the two addresses have in common (Dice coefficient),
 * counting a misspelt token (JW >= 0.9) as shared: field order and separators differ between agencies.
 */
final class AddressComparison {

    private static final int FUZZY_MIN_LENGTH = 4;

    private final Vocabulary vocabulary;

    AddressComparison(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    int level(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return Field.MISSING;
        }
        int shared = 0;
        long usedB = 0;
        for (int ta : a) {
            int j = indexOf(b, ta);
            if (j >= 0 && j < 64) {
                usedB |= 1L << j;
                shared++;
            } else if (j < 0) {
                j = fuzzyIndexOf(b, ta, usedB);
                if (j >= 0) {
                    usedB |= 1L << j;
                    shared++;
                }
            }
        }
        if (shared == a.length && a.length == b.length) {
            return 1;
        }
        double dice = 2.0 * shared / (a.length + b.length);
        return dice >= 0.8 ? 2 : dice >= 0.5 ? 3 : dice >= 0.25 ? 4 : 5;
    }

    private static int indexOf(int[] tokens, int token) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == token) {
                return i;
            }
        }
        return -1;
    }

    private int fuzzyIndexOf(int[] tokens, int token, long used) {
        String s = vocabulary.string(token);
        if (s.length() < FUZZY_MIN_LENGTH) {
            return -1;
        }
        for (int i = 0; i < tokens.length && i < 64; i++) {
            String t = vocabulary.string(tokens[i]);
            if ((used & (1L << i)) == 0 && t.length() >= FUZZY_MIN_LENGTH && JaroWinkler.similarity(s, t) >= 0.9) {
                return i;
            }
        }
        return -1;
    }
}
