package kz.koshi.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonNumberTest {

    @Test
    void numbersCarryALuhnCheckDigit() {
        PersonNumber number = PersonNumber.fromSequence(123);
        assertThat(number.value()).matches("KP00000123\\d");
        assertThat(PersonNumber.isValid(number.value())).isTrue();
    }

    @Test
    void aMistypedDigitIsCaught() {
        String good = PersonNumber.fromSequence(4711).value();
        String typo = good.substring(0, 8) + (char) ('0' + (good.charAt(8) - '0' + 1) % 10) + good.substring(9);
        assertThat(PersonNumber.isValid(typo)).isFalse();
        assertThatThrownBy(() -> new PersonNumber(typo)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PersonNumber.isValid("KP12")).isFalse();
        assertThat(PersonNumber.isValid(null)).isFalse();
    }
}
