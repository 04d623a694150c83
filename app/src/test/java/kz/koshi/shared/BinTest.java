package kz.koshi.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BinTest {

    @Test
    void theCheckDigitIsTheIinOne() {
        // 1 4 0 3 4 0 0 1 2 3 4 -> 1 + 8 + 0 + 12 + 20 + 0 + 0 + 8 + 18 + 30 + 44 = 141, 141 mod 11 = 9
        assertThat(Bin.isValid("140340012349")).isTrue();
        assertThat(Bin.of("140340012349").value()).isEqualTo("140340012349");
    }

    @ParameterizedTest
    @ValueSource(strings = {"140340012348", "14034001234", "1403400123490", "14034001234a", ""})
    void aWrongCheckDigitOrShapeIsRefused(String value) {
        assertThat(Bin.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Bin.of(value));
    }

    @Test
    void theBinNumberConstraintTakesABinOrNothing() {
        BinNumber.Check check = new BinNumber.Check();
        assertThat(check.isValid("120340012345", null)).isTrue();
        assertThat(check.isValid(null, null)).isTrue();
        assertThat(check.isValid("", null)).isTrue();
        assertThat(check.isValid("120340012346", null)).isFalse();
        assertThat(check.isValid("12034001234", null)).isFalse();
    }

    @Test
    void completeAddsTheCheckDigit() {
        assertThat(Bin.complete("14034001234")).isEqualTo(Bin.of("140340012349"));
        assertThat(Bin.isValid(null)).isFalse();
    }
}
