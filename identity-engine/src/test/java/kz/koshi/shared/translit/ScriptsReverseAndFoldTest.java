package kz.koshi.shared.translit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsReverseAndFoldTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "IUSUPOV SHERZOD, ЮСУПОВ ШЕРЗОД",
        "Yusupov Sherzod, Юсупов Шерзод",
        "KASSYM-ZHOMART TOKAYEV, КАСЫМ-ЖОМАРТ ТОКАЕВ",
        "AIGUL, АЙГУЛ",
        "ANDREY DMITRII, АНДРЕЙ ДМИТРИЙ",
        "Diana Mariia Iuliia, Диана Мария Юлия",
        "O'tkir G'ayrat Xabib, Откир Гайрат Хабиб",
        "Qasym S'erzod C'ingi'z, Касым Шерзод Чингиз",
        "Ilyas Vasilyev YERLAN, Ильяс Васильев ЕРЛАН",
        "Ǵalym Úmit Áliia, Галым Умит Алия",
        "ZHANNA KHABIBULLINA, ЖАННА ХАБИБУЛЛИНА",
        "SHCHUKIN TSOI, ЩУКИН ЦОЙ",
    })
    void latinBackToCyrillic(String latin, String cyrillic) {
        assertThat(Scripts.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    @Test
    void cyrillicRoundTripsThroughIcaoForPlainRussianNames() {
        for (String name : new String[] {"ШЕРЗОД", "ЖАННА", "ХАБИБ", "ЮСУПОВ", "ЧИНГИЗ", "ЦОЙ"}) {
            assertThat(Scripts.toCyrillic(Scripts.toLatin(name, TransliterationScheme.ICAO_9303))).isEqualTo(name);
        }
    }

    @Test
    void isCyrillicLooksAtTheLetters() {
        assertThat(Scripts.isCyrillic("Юсупов Шерзод")).isTrue();
        assertThat(Scripts.isCyrillic("Әлия Ғалымқызы")).isTrue();
        assertThat(Scripts.isCyrillic("Юсупoв")).as("one Latin look-alike").isTrue();
        assertThat(Scripts.isCyrillic("IUSUPOV SHERZOD")).isFalse();
        assertThat(Scripts.isCyrillic("12.03.1990")).isFalse();
        assertThat(Scripts.isCyrillic("")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "  Áliia   O'tkir-Bek  | aliia otkir bek",
        "MÜLLER, Jürgen | muller jurgen",
        "Жанна  Хабиб | zhanna khabib",
        "Nūrsūltan Äbışūly | nursultan abisuly",
        "王伟 | wang wei",
        "Ivan  (Vanya) 2nd | ivan vanya 2nd",
    })
    void foldToAscii(String text, String folded) {
        assertThat(Scripts.foldToAscii(text)).isEqualTo(folded);
    }
}
