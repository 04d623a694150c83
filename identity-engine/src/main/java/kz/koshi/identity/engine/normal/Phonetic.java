package kz.koshi.identity.engine.normal;

/**
 * A coarse sound code of a Latin match key (first sound class + consonant classes, vowels dropped),
 * used as a weak comparison level and a blocking key. It is deliberately looser than Soundex on the
 * first letter, because transliterations disagree most at the start: Iusupov, Yusupov, Jusupov.
 */
public final class Phonetic {

    private static final int LENGTH = 6;

    private Phonetic() {
    }

    public static String code(String key) {
        StringBuilder out = new StringBuilder(LENGTH);
        char last = 0;
        for (int i = 0; i < key.length() && out.length() < LENGTH; i++) {
            char c = key.charAt(i);
            char next = i + 1 < key.length() ? key.charAt(i + 1) : 0;
            char sound = i == 0 && isVowelLike(c) ? 'A' : classOf(c, next);
            if (c == 'k' && next == 'h' || c == 's' && next == 'h' || c == 'z' && next == 'h'
                    || c == 'c' && next == 'h' || c == 't' && next == 's') {
                i++; // a digraph is one sound
            }
            if (sound != 0 && sound != last) {
                out.append(sound);
            }
            last = sound == 0 && i > 0 ? last : sound;
            if (isVowelLike(c) && i > 0) {
                last = 0; // a vowel separates repeated consonant classes (Ahmetov ~ Akhmetov still)
            }
        }
        return out.toString();
    }

    private static boolean isVowelLike(char c) {
        return "aeiouyj".indexOf(c) >= 0;
    }

    private static char classOf(char c, char next) {
        return switch (c) {
            case 'b', 'p' -> 'P';
            case 'f', 'v', 'w' -> 'F';
            case 'c', 'k', 'q', 'g', 'x', 'h' -> 'K'; // Х is kh, h or x depending on the scheme
            case 'd', 't' -> 'T';
            case 's', 'z' -> 'S';
            case 'l' -> 'L';
            case 'r' -> 'R';
            case 'm' -> 'M';
            case 'n' -> 'N';
            default -> 0; // vowels, digits
        };
    }
}
