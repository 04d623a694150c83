package kz.koshi.shared.translit;

/**
 * Word-by-word driver of {@link LatinToCyrillicRules}: folds each word to lower-case ASCII (accents and
 * Kazakh 2017 apostrophes as in the matching key), converts it, then restores the word's case pattern.
 */
final class LatinToCyrillic {

    private LatinToCyrillic() {
    }

    static String convert(String latin) {
        StringBuilder out = new StringBuilder(latin.length() + 8);
        int i = 0;
        while (i < latin.length()) {
            int end = i;
            while (end < latin.length() && isWordChar(latin, end)) {
                end++;
            }
            if (end == i) {
                out.append(latin.charAt(i++));
                continue;
            }
            out.append(word(latin.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private static boolean isWordChar(String text, int index) {
        char c = text.charAt(index);
        return Character.isLetter(c) || LatinFolding.isCombiningMark(c)
                || (LatinFolding.isApostrophe(c) && index > 0 && Character.isLetter(text.charAt(index - 1)));
    }

    private static String word(String word) {
        StringBuilder folded = new StringBuilder(word.length() + 1);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String latin = LatinFolding.fold(c);
            if (latin != null) {
                folded.append(latin);
            } else if (LatinFolding.isApostrophe(c)) {
                int last = folded.length() - 1;
                char previous = last >= 0 ? folded.charAt(last) : ' ';
                if (previous == 's' || previous == 'c') {
                    folded.append('h');
                } else if (previous == 'y') {
                    folded.setCharAt(last, 'u');
                }
            } else if (!LatinFolding.isCombiningMark(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        // The spaces around the word give word-start (IU: Ю) and word-end (ANDREY: Й) rules a neighbour.
        String cyrillic = CompiledTransforms.toCyrillic().transliterate(" " + folded + " ").strip();
        return recase(word, cyrillic);
    }

    private static String recase(String original, String cyrillic) {
        long upper = original.chars().filter(Character::isUpperCase).count();
        long lower = original.chars().filter(Character::isLowerCase).count();
        if (upper > 0 && lower == 0) {
            return cyrillic.toUpperCase(Scripts.russian());
        }
        if (cyrillic.isEmpty() || !Character.isUpperCase(original.charAt(0))) {
            return cyrillic;
        }
        return cyrillic.substring(0, 1).toUpperCase(Scripts.russian()) + cyrillic.substring(1);
    }
}
