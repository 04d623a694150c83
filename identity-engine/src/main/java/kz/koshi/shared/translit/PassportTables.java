package kz.koshi.shared.translit;

import java.util.Locale;

/** Tables of the passport schemes; sources are documented on {@link TransliterationScheme}. */
final class PassportTables {

    /** Letters of Kazakh, Kyrgyz, Tajik, Uzbek, Ukrainian and Belarusian outside the Russian alphabet. */
    private static final String NON_RUSSIAN_FOLDED =
            "ә a ғ g қ k ң n ө o ұ u ү u һ h і i ҳ h ҷ j ӣ i ӯ u ў u ґ g є ie ї i";

    private PassportTables() {
    }

    static CyrillicTable icao9303() {
        return new CyrillicTable(Locale.ROOT).letters("""
                а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t
                у u ф f х kh ц ts ч ch ш sh щ shch ъ ie ы y ь - э e ю iu я ia""")
                .letters(NON_RUSSIAN_FOLDED);
    }

    static CyrillicTable russian1997() {
        return russianOldStyle(new CyrillicTable(Locale.ROOT)).letters(NON_RUSSIAN_FOLDED);
    }

    static CyrillicTable kazakhPassport() {
        CyrillicTable table = new CyrillicTable(Locale.ROOT)
                // KASSYM, ISSAYEV: a single С between vowels would read as Z in English.
                .between(CyrillicTable.LATIN_VOWELS, "с", CyrillicTable.CYRILLIC_VOWELS, "ss")
                // KAIRAT, AIGUL, BEIBIT: Й before a consonant joins the diphthong as I.
                .before("й", "бвгғджзйкқлмнңпрстфхһцчшщ", "i");
        return russianOldStyle(table).letters("ә a ғ g қ k ң n ө o ұ u ү u һ h і i ё yo ҳ h ҷ j ӣ i ӯ u ў u");
    }

    /** The 1997 Russian passport style, shared by Kazakhstan's passports. */
    private static CyrillicTable russianOldStyle(CyrillicTable table) {
        return table
                .letters("ье ye ьё yo ъе ye")
                .atWordStart("е", "ye")
                .after(CyrillicTable.LATIN_VOWELS, "е", "ye")
                .letters("""
                        а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t
                        у u ф f х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya""");
    }
}
