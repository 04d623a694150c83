package kz.koshi.shared.translit;

import java.util.Locale;

/** The three Kazakh Latin alphabets; sources are documented on {@link TransliterationScheme}. */
final class KazakhLatinTables {

    /**
     * Letters all three alphabets write alike; Russian-only letters Ц Ъ Ь Э too; and, since Kazakh feeds
     * also spell Uzbek and Tajik names, Ҳ h, Ҷ j, Ӣ i, Ӯ u, Ў o as their Kazakh counterparts would be.
     */
    private static final String COMMON = """
            а a б b в v г g д d е e ж j з z к k қ q л l м m н n о o п p р r с s т t ф f х h һ h
            ц ts ъ - ь - э e ы y ҳ h ҷ j ӣ i ӯ u ў o""";

    private KazakhLatinTables() {
    }

    static CyrillicTable latin2017() {
        return new CyrillicTable(Locale.ROOT).letters(COMMON).letters("""
                ә a' ғ g' и i' й i' і i ң n' ө o' у y' ұ u ү u' ш s' щ s' ч c' ю i'y' я i'a ё i'o""");
    }

    static CyrillicTable latin2018() {
        return new CyrillicTable(Locale.ROOT).letters(COMMON).letters("""
                ә á ғ ǵ и ı й ı і i ң ń ө ó у ý ұ u ү ú ш sh щ sh ч ch ю ıý я ıa ё ıo""");
    }

    static CyrillicTable latin2021() {
        return new CyrillicTable(Locale.forLanguageTag("tr")).letters(COMMON).letters("""
                ә ä ғ ğ и i й i і ı ң ñ ө ö у u ұ ū ү ü ш ş щ ş ч ç ю iu я ia ё io""");
    }
}
