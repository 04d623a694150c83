package kz.koshi.shared.translit;

/**
 * The Cyrillic-to-Latin table behind the matching key: one Latin spelling per letter, chosen so that the
 * later folding in {@link MatchKey} meets it halfway (Й y and Я ya so iotation folds alike for every
 * scheme; Kazakh, Kyrgyz, Tajik and Uzbek letters lose their marks; Uzbek Ў is o, as in O'tkir).
 */
final class CyrillicKeyLetters {

    private static final int BASE = 0x400;
    private static final String[] LATIN = new String[0x100];

    static {
        String pairs = """
                а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f
                х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya ә a ғ g қ k ң n ө o ұ u ү u һ h
                і i ў o ҳ h ҷ j ӣ i ӯ u ґ g є ye ї yi ј j ѕ dz љ l њ n ћ c ђ d џ j ӏ -""";
        String[] tokens = pairs.trim().split("\\s+");
        for (int i = 0; i + 1 < tokens.length; i += 2) {
            char lower = tokens[i].charAt(0);
            String latin = tokens[i + 1].equals("-") ? "" : tokens[i + 1];
            LATIN[lower - BASE] = latin;
            LATIN[Character.toUpperCase(lower) - BASE] = latin;
        }
    }

    private CyrillicKeyLetters() {
    }

    /** The Latin letters for a Cyrillic letter, or null when the character is not one we know. */
    static String latin(char c) {
        return c >= BASE && c < BASE + LATIN.length ? LATIN[c - BASE] : null;
    }
}
