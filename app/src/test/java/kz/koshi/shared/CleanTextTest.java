package kz.koshi.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTest {

    @Test
    void lettersOfEveryScriptPairedSurrogatesAndLineBreaksAreClean() {
        assertThat(CleanText.isClean("Юсупов Шерзод, Қайрат Ұлы 😀\n\tline two\r\n")).isTrue();
        assertThat(CleanText.isClean(null)).isTrue();
    }

    @Test
    void controlCharactersLoneSurrogatesNoncharactersAndOverlongTextAreNot() {
        assertThat(CleanText.isClean("a\u0000b")).isFalse();
        assertThat(CleanText.isClean("bell\u0007")).isFalse();
        assertThat(CleanText.isClean("del\u007F")).isFalse();
        assertThat(CleanText.isClean("c1\u0085")).isFalse();
        assertThat(CleanText.isClean("x\uD800")).isFalse();
        assertThat(CleanText.isClean("\uDFFFx")).isFalse();
        assertThat(CleanText.isClean("\uFFFE")).isFalse();
        assertThat(CleanText.isClean("W".repeat(CleanText.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void aFittedCopyIsCleanAndFitsItsColumnWithoutSplittingAPair() {
        assertThat(CleanText.fitted("a\u0000b\uD800", 10)).isEqualTo("a\uFFFDb\uFFFD");
        assertThat(CleanText.fitted("C".repeat(5000), 100)).hasSize(100);
        assertThat(CleanText.fitted("abc😀", 4)).isEqualTo("abc");
        assertThat(CleanText.fitted(null, 4)).isNull();
    }

    @Test
    void eachDateMeaningHasItsWindowAroundToday() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(DateMeaning.BIRTH.allows(LocalDate.of(1900, 1, 1), today)).isTrue();
        assertThat(DateMeaning.BIRTH.allows(LocalDate.of(1899, 12, 31), today)).isFalse();
        assertThat(DateMeaning.BIRTH.allows(today.plusDays(2), today)).isFalse();
        assertThat(DateMeaning.EVENT.allows(today.minusYears(30), today)).isTrue();
        assertThat(DateMeaning.EVENT.allows(today.minusYears(31), today)).isFalse();
        assertThat(DateMeaning.EVENT.allows(today.plusDays(2), today)).isFalse();
        assertThat(DateMeaning.PERIOD.allows(today.plusYears(20), today)).isTrue();
        assertThat(DateMeaning.PERIOD.allows(today.plusYears(21), today)).isFalse();
        assertThat(DateMeaning.isReadable(LocalDate.MAX)).isFalse();
        assertThat(DateMeaning.isReadable(LocalDate.of(0, 1, 1))).isFalse();
        assertThat(DateMeaning.isReadable(LocalDate.of(-1, 1, 1))).isFalse();
    }
}
