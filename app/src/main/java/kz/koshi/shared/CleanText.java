package kz.koshi.shared;

/**
 * The platform's rule for text it is given (issue #11, section 5): valid Unicode (no lone surrogate, no
 * noncharacter U+FFFE or U+FFFF), no control character (C0, DEL, C1) except the tab and the line breaks that
 * multi-line notes need, and at most {@link #MAX_LENGTH} characters. Text that breaks it is refused, never
 * silently repaired; only the audit of a refusal keeps a {@link #fitted} copy, because a refusal must be
 * recorded whatever the caller sent.
 */
public final class CleanText {

    /** The longest text any single field takes; fields with a shorter column say so with {@code @Size}. */
    public static final int MAX_LENGTH = 10_000;

    private CleanText() {
    }

    public static boolean isClean(String text) {
        return text == null || text.length() <= MAX_LENGTH && firstFault(text) < 0;
    }

    /** A copy fit for a column of {@code max} characters: faults replaced by U+FFFD, cut without splitting a pair. */
    public static String fitted(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder fit = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && fit.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (fit.length() + 2 > max) {
                    break;
                }
                fit.append(c).append(text.charAt(++i));
            } else {
                fit.append(isFault(c) ? '\uFFFD' : c);
            }
        }
        return fit.toString();
    }

    /** The index of the first character that breaks the rule, or -1. */
    static int firstFault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isFault(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isFault(char c) {
        return Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
