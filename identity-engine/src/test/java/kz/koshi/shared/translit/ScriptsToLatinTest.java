package kz.koshi.shared.translit;

import static kz.koshi.shared.translit.TransliterationScheme.ICAO_9303;
import static kz.koshi.shared.translit.TransliterationScheme.KAZAKH_LATIN_2017;
import static kz.koshi.shared.translit.TransliterationScheme.KAZAKH_LATIN_2018;
import static kz.koshi.shared.translit.TransliterationScheme.KAZAKH_LATIN_2021;
import static kz.koshi.shared.translit.TransliterationScheme.KAZAKH_PASSPORT;
import static kz.koshi.shared.translit.TransliterationScheme.RUSSIAN_PASSPORT_1997;
import static kz.koshi.shared.translit.TransliterationScheme.UZBEK_LATIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScriptsToLatinTest {

    @ParameterizedTest(name = "ICAO {0} -> {1}")
    @CsvSource({
        "ЮСУПОВ ШЕРЗОД, IUSUPOV SHERZOD",
        "Юсупов Шерзод, Iusupov Sherzod",
        "АНДРЕЙ, ANDREI",
        "ДМИТРИЙ, DMITRII",
        "ЕКАТЕРИНА, EKATERINA",
        "ЯНА, IANA",
        "ЩУКИН, SHCHUKIN",
        "ЦОЙ, TSOI",
        "ХАБИБ, KHABIB",
        "ПОДЪЯЧЕВ, PODIEIACHEV",
        "НАТАЛЬЯ, NATALIA",
        "ЁЛКИН, ELKIN",
        "ЖАННА, ZHANNA",
        // Kazakh, Kyrgyz, Tajik letters are not in 9303; they lose their marks
        "ҚАСЫМ-ЖОМАРТ ТОҚАЕВ, KASYM-ZHOMART TOKAEV",
        "ӘЛИЯ, ALIIA",
        "АЙГҮЛ ШЫҢҒЫСҚЫЗЫ, AIGUL SHYNGYSKYZY",
        "НҰРСҰЛТАН ӘБІШҰЛЫ, NURSULTAN ABISHULY",
        "ЖЭЭНБЕКОВ СООРОНБАЙ, ZHEENBEKOV SOORONBAI",
        "ҶАМШЕД РАҲИМОВ, JAMSHED RAHIMOV",
        "ЎТКИР, UTKIR",
    })
    void icao9303(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, ICAO_9303)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "1997 {0} -> {1}")
    @CsvSource({
        "ЮСУПОВ ШЕРЗОД, YUSUPOV SHERZOD",
        "АНДРЕЙ, ANDREY",
        "ЕГОР, YEGOR",
        "ЕВГЕНИЙ СЕРГЕЕВИЧ, YEVGENIY SERGEYEVICH",
        "ВАСИЛЬЕВ, VASILYEV",
        "ЯНА, YANA",
        "ЦАПЛИН, TSAPLIN",
        "ЁЛКИН, ELKIN",
        "Юлия Ильяс, Yuliya Ilyas",
    })
    void russianPassport1997(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, RUSSIAN_PASSPORT_1997)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "KZ passport {0} -> {1}")
    @CsvSource({
        "ҚАСЫМ-ЖОМАРТ ТОҚАЕВ, KASSYM-ZHOMART TOKAYEV",
        "НҰРСҰЛТАН НАЗАРБАЕВ, NURSULTAN NAZARBAYEV",
        "ЕРЛАН ИСАЕВ, YERLAN ISSAYEV",
        "АЙГҮЛ, AIGUL",
        "ҚАЙРАТ, KAIRAT",
        "БЕЙБІТ, BEIBIT",
        "ӘСЕЛ, ASSEL",
        "ЖАНАР ҒАЛЫМҚЫЗЫ, ZHANAR GALYMKYZY",
        "ХАБИБ ҮМБЕТОВ, KHABIB UMBETOV",
        "Ерлан Мусин, Yerlan Mussin",
    })
    void kazakhPassport(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, KAZAKH_PASSPORT)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "Kazakh Latin 2017 {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Қазақстан Республикасы | Qazaqstan Respy'bli'kasy",
        "Әлия | A'li'i'a",
        "Шыңғыс | S'yn'g'ys",
        "Чингиз | C'i'ngi'z",
        "Үміт Жанар | U'mit Janar",
        "Өмірзақ | O'mirzaq",
    })
    void kazakhLatin2017(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, KAZAKH_LATIN_2017)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "Kazakh Latin 2018 {0} -> {1}")
    @CsvSource({
        "Қазақстан Республикасы, Qazaqstan Respýblıkasy",
        "Әлия, Álııa",
        "Шыңғыс, Shyńǵys",
        "Үміт Жанар, Úmit Janar",
        "Өмірзақ Айгүл, Ómirzaq Aıgúl",
        "ҚАЙРАТ, QAIRAT",
    })
    void kazakhLatin2018(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, KAZAKH_LATIN_2018)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "Kazakh Latin 2021 {0} -> {1}")
    @CsvSource({
        "Қазақстан Республикасы, Qazaqstan Respublikasy",
        "Әлия, Äliia",
        "Шыңғыс, Şyñğys",
        "Бұрыңғы өткен, Būryñğy ötken",
        "Нұрсұлтан Үміт, Nūrsūltan Ümıt",
        "Чингиз, Çingiz",
        "ИСАЕВ ІЛИЯС, İSAEV ILİİAS",
    })
    void kazakhLatin2021(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, KAZAKH_LATIN_2021)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "Uzbek Latin {0} -> {1}")
    @CsvSource({
        "Юсупов Шерзод, Yusupov Sherzod",
        "Ўткир Ғайратов, O'tkir G'ayratov",
        "Хабиб Қодиров, Xabib Qodirov",
        "Жасур Йўлдошев, Jasur Yo'ldoshev",
        "Ҳилола Эргашева, Hilola Ergasheva",
        "Елена Боева, Yelena Boyeva",
        "Дилноза Раҳимова, Dilnoza Rahimova",
        "ЧОРИЕВ, CHORIYEV",
    })
    void uzbekLatin(String cyrillic, String latin) {
        assertThat(Scripts.toLatin(cyrillic, UZBEK_LATIN)).isEqualTo(latin);
    }

    @ParameterizedTest
    @EnumSource(TransliterationScheme.class)
    void latinTextAndPunctuationPassThrough(TransliterationScheme scheme) {
        assertThat(Scripts.toLatin("Wang Wei, 1990-01-02", scheme)).isEqualTo("Wang Wei, 1990-01-02");
    }

    @ParameterizedTest
    @EnumSource(value = TransliterationScheme.class, names = {"ICAO_9303", "RUSSIAN_PASSPORT_1997", "KAZAKH_PASSPORT"})
    void passportSchemesPrintOnlyAscii(TransliterationScheme scheme) {
        assertThat(Scripts.toLatin("Мәди Ўткир Ёлкин Ђорђе Müller Əliyev 王伟", scheme)).matches("\\p{ASCII}+");
    }

    @ParameterizedTest
    @EnumSource(TransliterationScheme.class)
    void everySchemeLeavesNoCyrillicInNamesOfAnyPeopleOfTheRegion(TransliterationScheme scheme) {
        String names = "Ҷамшед Раҳимов Ўткир Ғайратов Жээнбеков Үмөт Әлия Шыңғысқызы Юсупов Щукин Подъячев Ҳилола";
        assertThat(Scripts.toLatin(names, scheme)).doesNotContainPattern("\\p{IsCyrillic}");
    }

    @Test
    void scriptsNoTableCoversFallBackToIcu() {
        assertThat(Scripts.toLatin("王伟", ICAO_9303)).isEqualTo("wang wei");
    }

    @Test
    void decomposedInputIsNormalisedFirst() {
        String decomposed = java.text.Normalizer.normalize("Ёлкин", java.text.Normalizer.Form.NFD);
        assertThat(Scripts.toLatin(decomposed, RUSSIAN_PASSPORT_1997)).isEqualTo("Elkin");
    }
}
