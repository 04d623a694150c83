package kz.koshi.shared.translit;

/**
 * Step 1 of {@link MatchKey}: every letter to lower-case ASCII. Cyrillic by {@link CyrillicKeyLetters},
 * Latin by {@link LatinFolding}; an apostrophe after s or c makes sh/ch and after y makes u (Kazakh 2017
 * s' c' y'), other apostrophes vanish (Uzbek o' g'); digits stay; anything else separates words.
 */
final class KeyLetters {

    private KeyLetters() {
    }

    /** Appends the letters as lower-case ASCII; returns false when a letter of an unknown script was met. */
    static boolean toAscii(String name, StringBuilder out) {
        boolean allKnown = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String latin = c < 0x80 ? asciiLetter(c) : LatinFolding.fold(c);
            if (latin == null) {
                latin = CyrillicKeyLetters.latin(c);
            }
            if (latin != null) {
                out.append(latin);
            } else if (LatinFolding.isApostrophe(c)) {
                apostrophe(out);
            } else if (LatinFolding.isCombiningMark(c)) {
                continue;
            } else if (Character.isLetter(c)) {
                allKnown = false;
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return allKnown;
    }

    private static String asciiLetter(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return String.valueOf(c);
        }
        return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : null;
    }

    private static void apostrophe(StringBuilder out) {
        int last = out.length() - 1;
        char previous = last >= 0 ? out.charAt(last) : ' ';
        if (previous == 's' || previous == 'c') {
            out.append('h');
        } else if (previous == 'y') {
            out.setCharAt(last, 'u');
        }
    }
}
