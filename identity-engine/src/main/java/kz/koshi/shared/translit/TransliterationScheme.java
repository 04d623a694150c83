package kz.koshi.shared.translit;

import java.util.Locale;

/**
 * The Cyrillic-to-Latin conventions met in Kazakhstan's agency feeds. Each constant names the table
 * {@link Scripts#toLatin} applies; the tables themselves live in {@link PassportTables},
 * {@link KazakhLatinTables} and {@link UzbekLatinTable}. Letters a table does not cover (Han, Arabic,
 * Ukrainian ї ...) fall through to ICU's {@code Any-Latin}.
 */
public enum TransliterationScheme {

    /**
     * ICAO Doc 9303 (7th ed. 2015) Part 3, section 6 "Transliteration of Cyrillic characters": Ж ZH, Й I,
     * Х KH, Ц TS, Щ SHCH, Ъ IE, Ь omitted, Ю IU, Я IA. The Russian MVD/FMS uses it for foreign passports
     * since 2014 (FMS order 211 of 26.03.2014). Letters the table lacks (Kazakh ә ғ қ ң ө ұ ү һ, Kyrgyz,
     * Tajik ҳ ҷ ӣ ӯ) fold to their base letter, as those states' own MRZs do. Output is upper-case-safe ASCII.
     */
    ICAO_9303(Locale.ROOT, true),

    /**
     * Russian foreign passports 1997-2010: MVD order 310 of 26.05.1997, annex 7 ("простое замещение"):
     * Й Y, Ю YU, Я YA, Х KH, Ц TS, Щ SHCH; Е is YE at the start of a word and after a vowel or Ь/Ъ
     * (YEGOR, VASILYEV), Ё E, Ь/Ъ omitted (the order's apostrophe never reached the MRZ). Hence
     * Юсупов: IUSUPOV under ICAO, YUSUPOV here. The 2010-2014 FMS variant (Ц TC) is not modelled.
     */
    RUSSIAN_PASSPORT_1997(Locale.ROOT, true),

    /**
     * Kazakhstan ID card / passport Latin line as issued by the MVD RK (observed practice; we found no
     * published table, verify against the current order): Russian letters as in the 1997 Russian style
     * (Е YE at word start and after vowels: YERLAN, TOKAYEV), С doubled between vowels (KASSYM, ISSAYEV),
     * Й I before a consonant (KAIRAT, AIGUL) else Y; Kazakh letters lose their marks: Ә A, Ғ G, Қ K,
     * Ң N, Ө O, Ұ U, Ү U, Һ H, І I.
     */
    KAZAKH_PASSPORT(Locale.ROOT, true),

    /**
     * Kazakh Latin alphabet of Presidential Decree No. 569 of 26.10.2017 (apostrophe version, 32 letters):
     * Ә a', Ғ g', И/Й i', І i, Ж j, Қ q, Ң n', Ө o', Ш s', Ч c', У y', Ұ u, Ү u', Ы y, Х/Һ h.
     * Letters outside the decree (Ц, Щ, Ю, Я, Ё) use letter pairs: ts, s', i'y', i'a, i'o.
     */
    KAZAKH_LATIN_2017(Locale.ROOT, false),

    /**
     * Kazakh Latin alphabet as amended by Presidential Decree No. 637 of 19.02.2018 (acute accents):
     * Ә á, Ғ ǵ, И/Й ı (dotless), І i, Ж j, Қ q, Ң ń, Ө ó, У ý, Ұ u, Ү ú, Ы y, Ш sh, Ч ch, Х/Һ h.
     * Ц ts, Щ sh, Ю ıý, Я ıa, Ё ıo by letter pairs.
     */
    KAZAKH_LATIN_2018(Locale.ROOT, false),

    /**
     * Kazakh Latin alphabet revision presented in January 2021 (Turkic common letters): Ә ä, Ғ ğ,
     * И/Й i (upper İ), І ı (upper I), Ж j, Қ q, Ң ñ, Ө ö, У u, Ұ ū, Ү ü, Ы y, Ш ş, Ч ç, Х/Һ h.
     * Ц ts, Щ ş, Ю iu, Я ia, Ё io by letter pairs; upper case uses Turkic dotted İ.
     */
    KAZAKH_LATIN_2021(Locale.forLanguageTag("tr"), false),

    /**
     * Uzbek official Latin alphabet (Law of 02.09.1993 as amended 06.05.1995): Ў o', Ғ g', Қ q, Ҳ h,
     * Х x, Ж j, Й y, Ш sh, Ч ch, Ц ts, Ю yu, Я ya, Ё yo, Е ye at word start and after a vowel,
     * Ъ ' (tutuq belgisi), Ь omitted, нг ng. The decree writes oʻ gʻ with U+02BB; feeds type ASCII ', as we do.
     */
    UZBEK_LATIN(Locale.ROOT, false);

    private final Locale caseLocale;
    private final boolean asciiOnly;

    TransliterationScheme(Locale caseLocale, boolean asciiOnly) {
        this.caseLocale = caseLocale;
        this.asciiOnly = asciiOnly;
    }

    /** The locale whose upper-casing the table's Latin letters follow (Turkic dotted İ for 2021). */
    Locale caseLocale() {
        return caseLocale;
    }

    /** Passport schemes must print in an MRZ/visual zone that only knows A-Z. */
    boolean asciiOnly() {
        return asciiOnly;
    }
}
