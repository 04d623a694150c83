package kz.koshi.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedHelpersTest {

    @Test
    void csvQuotesOnlyWhatRfc4180Requires() {
        assertThat(Csv.join("a", "", null, "b c")).isEqualTo("a,,,b c");
        assertThat(Csv.join("г. Алматы, ул. Абая", "say \"hi\"", "x")).isEqualTo("\"г. Алматы, ул. Абая\",\"say \"\"hi\"\"\",x");
        assertThat(Csv.join("", "", "z")).isEqualTo(",,z");
    }

    @Test
    void typosKeepTheFirstLetterAndChangeTheWordByOneEdit() {
        Dice dice = new Dice(3);
        IntStream.range(0, 500).forEach(i -> {
            String typo = Typos.apply("Шерзод", dice);
            assertThat(typo).startsWith("Ш").isNotEqualTo("Шерзод").hasSizeBetween(5, 7);
        });
        assertThat(Typos.apply("Li", dice)).isEqualTo("Li");
    }

    @Test
    void keyboardSubstitutionsUseNeighbouringKeys() {
        String rows = "qwertyuiop asdfghjkl zxcvbnm";
        Dice dice = new Dice(5);
        java.util.List<String> substitutions = IntStream.range(0, 2000).mapToObj(i -> Typos.apply("KARIMOV", dice))
                .filter(t -> t.length() == 7 && IntStream.range(0, 7).filter(k -> t.charAt(k) != "KARIMOV".charAt(k))
                        .count() == 1)
                .toList();
        assertThat(substitutions).isNotEmpty().allSatisfy(t -> {
            int at = IntStream.range(0, 7).filter(k -> t.charAt(k) != "KARIMOV".charAt(k)).findFirst().orElseThrow();
            int original = rows.indexOf(Character.toLowerCase("KARIMOV".charAt(at)));
            int typed = rows.indexOf(Character.toLowerCase(t.charAt(at)));
            assertThat(Math.abs(original - typed)).as(t).isEqualTo(1);
            assertThat(t.charAt(at)).isUpperCase();
        });
        assertThat(Typos.apply("KARIMOV", new Dice(9))).isEqualTo(Typos.apply("KARIMOV", new Dice(9)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1990-03-07, 1990-07-03", "1985-12-01, 1985-01-12"})
    void dayAndMonthSwapWhenTheDayCouldBeAMonth(String iso, String swapped) {
        assertThat(DateVariants.maybeSwapped(LocalDate.parse(iso), 1.0, new Dice(1))).isEqualTo(swapped);
        assertThat(DateVariants.maybeSwapped(LocalDate.parse(iso), 0.0, new Dice(1))).isEqualTo(iso);
    }

    @Test
    void impossibleSwapsAndPartialDates() {
        assertThat(DateVariants.maybeSwapped(LocalDate.of(1990, 3, 25), 1.0, new Dice(1))).isEqualTo("1990-03-25");
        assertThat(DateVariants.maybeSwapped(LocalDate.of(1990, 4, 4), 1.0, new Dice(1))).isEqualTo("1990-04-04");
        assertThat(DateVariants.yearOnly(LocalDate.of(1990, 4, 4))).isEqualTo("1990");
        assertThat(DateVariants.yearMonth(LocalDate.of(1990, 4, 4))).isEqualTo("1990-04");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"KAZ, N\\d{8}", "RUS, 7[0-6]\\d{7}", "UZB, (AA|AB|AC|FA)\\d{7}", "KGZ, (AC|AN|ID)\\d{7}",
        "TJK, 4\\d{8}", "CHN, E\\d{8}|EA\\d{7}", "TUR, U\\d{8}", "AFG, P0\\d{7}", "AZE, C\\d{8}",
        "UKR, F[ABCEF]\\d{6}", "BLR, MP\\d{7}"})
    void passportNumbersFollowEachCountrysPattern(String citizenship, String pattern) {
        Dice dice = new Dice(citizenship.hashCode());
        IntStream.range(0, 50).forEach(i -> assertThat(Documents.passport(citizenship, dice)).matches(pattern));
    }

    @Test
    void phonesAreKazakhMobilesWrittenInSeveralWays() {
        Dice dice = new Dice(2);
        String canonical = Documents.mobilePhone(dice);
        assertThat(canonical).matches("\\+77(0[0-8]|47|7[1-8])\\d{7}");
        assertThat(IntStream.range(0, 100).mapToObj(i -> Documents.phoneAsWritten(canonical, dice)).distinct())
                .hasSize(4).allSatisfy(p -> assertThat(p.replaceAll("\\D", "").substring(1)).isEqualTo(canonical.substring(2)));
    }
}
