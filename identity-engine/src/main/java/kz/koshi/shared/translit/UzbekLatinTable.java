package kz.koshi.shared.translit;

import java.util.Locale;

/** The Uzbek official Latin alphabet; source documented on {@link TransliterationScheme#UZBEK_LATIN}. */
final class UzbekLatinTable {

    private UzbekLatinTable() {
    }

    static CyrillicTable uzbekLatin() {
        return new CyrillicTable(Locale.ROOT)
                // Ye at word start and after a vowel or the tutuq belgisi: Yelena, Boyev, Sur'yev.
                .atWordStart("е", "ye")
                .after(CyrillicTable.LATIN_VOWELS + "'", "е", "ye")
                .letters("""
                        а a б b в v г g д d е e ё yo ж j з z и i й y к k л l м m н n о o п p р r с s т t
                        у u ф f х x ц ts ч ch ш sh щ sh ъ ' ы i ь - э e ю yu я ya ў o' қ q ғ g' ҳ h
                        ә a ө o' ү u ұ u ң ng і i һ h ҷ j ӣ i ӯ u""");
    }
}
