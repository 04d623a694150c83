package kz.koshi.protection.rules;

import java.security.SecureRandom;

/**
 * Pseudonyms for protected persons (УПК art. 217): what the module's screens show instead of a name.
 * Random, so nothing about the person can be read back from it; unambiguous letters only.
 */
public final class Pseudonyms {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    public static String next() {
        StringBuilder s = new StringBuilder("P-");
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                s.append('-');
            }
            s.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
