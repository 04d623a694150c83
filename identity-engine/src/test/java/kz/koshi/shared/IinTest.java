package kz.koshi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

    @Test
    void checkDigitFollowsTheFirstWeights() {
        // 9 0 0 1 0 1 3 0 0 0 0 -> 9*1 + 1*4 + 1*6 + 3*7 = 40, 40 mod 11 = 7
        assertThat(Iin.isValid("900101300007")).isTrue();
        assertThat(Iin.isValid("900101300008")).isFalse();
    }

    @Test
    void checkDigitFallsBackToTheSecondWeightsWhenTheFirstGivesTen() {
        // find a body whose first weighted sum is 10 mod 11 but whose second is not
        String body = IntStream.range(0, 10_000).mapToObj(s -> String.format("0001015%04d", s))
                .filter(b -> weighted(b, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11 == 10)
                .filter(b -> weighted(b, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11 != 10)
                .findFirst().orElseThrow();
        int second = weighted(body, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11;
        assertThat(Iin.isValid(body + second)).isTrue();
        assertThat(Iin.isValid(body + ((second + 1) % 10))).isFalse();
    }

    @Test
    void issueEncodesBirthDateCenturyAndSex() {
        Iin man = Iin.issue(LocalDate.of(1985, 3, 7), Sex.MALE, 1234).orElseGet(
                () -> Iin.issue(LocalDate.of(1985, 3, 7), Sex.MALE, 1235).orElseThrow());
        assertThat(man.value()).startsWith("8503073");
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1985, 3, 7));
        assertThat(man.sex()).isEqualTo(Sex.MALE);

        Iin girl = IntStream.range(0, 100).mapToObj(s -> Iin.issue(LocalDate.of(2004, 12, 31), Sex.FEMALE, s))
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        assertThat(girl.value()).startsWith("0412316");
        assertThat(girl.birthDate()).isEqualTo(LocalDate.of(2004, 12, 31));
        assertThat(girl.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aboutOneSerialInElevenIsNeverIssued() {
        long skipped = IntStream.range(0, 10_000)
                .filter(s -> Iin.issue(LocalDate.of(1990, 6, 15), Sex.FEMALE, s).isEmpty()).count();
        assertThat(skipped).isBetween(0L, 1500L);
        IntStream.range(0, 10_000).forEach(s -> Iin.issue(LocalDate.of(1990, 6, 15), Sex.FEMALE, s)
                .ifPresent(iin -> assertThat(Iin.isValid(iin.value())).isTrue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901", "1234567890123", "90010130000a", "901301300007", "900230300007",
        "900101700001", "900101000001"})
    void rejectsMalformedNumbers(String value) {
        assertThat(Iin.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Iin.of(value));
    }

    @Test
    void rejectsNullAndOutOfRangeInput() {
        assertThat(Iin.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Iin.issue(LocalDate.of(1990, 1, 1), Sex.MALE, 10_000));
        assertThatIllegalArgumentException().isThrownBy(() -> Iin.issue(LocalDate.of(1799, 1, 1), Sex.MALE, 1));
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
