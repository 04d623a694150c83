package kz.koshi.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import kz.koshi.recruitment.rules.RiskRules;
import kz.koshi.recruitment.rules.RiskThresholds;
import kz.koshi.recruitment.rules.SignalKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk rules on agencies (issue 14, "Risk signals"), plain Java: each fails if its rule is broken. */
class RiskRulesTest {

    static final RiskThresholds T = new RiskThresholds(2, 365, new BigDecimal("0.5"),
            Map.of("KOR-KRW", new BigDecimal("2156880")), 3, 1);

    @Test
    void complaintsRaiseFromTheConfiguredNumberWithinTheWindow() {
        assertThat(RiskRules.complaintsRaise(1, T)).isFalse();
        assertThat(RiskRules.complaintsRaise(2, T)).isTrue();
        assertThat(RiskRules.complaintWindowFrom(LocalDate.of(2026, 12, 6), T)).isEqualTo(LocalDate.of(2025, 12, 7));
    }

    @Test
    void aRefusedPlacementOfAMinorOrWithFeesAboveTheLimitIsASignalOtherRefusalsAreNot() {
        assertThat(RiskRules.ofRefusal(Set.of("WORKER_UNDER_18", "FEES_ABOVE_LIMIT")))
                .containsExactlyInAnyOrder(SignalKind.MINOR_PLACEMENT_ATTEMPT, SignalKind.FEES_ABOVE_LIMIT);
        assertThat(RiskRules.ofRefusal(Set.of("WORKER_UNDER_18"))).containsExactly(SignalKind.MINOR_PLACEMENT_ATTEMPT);
        assertThat(RiskRules.ofRefusal(Set.of("NO_VALID_LICENCE", "UNKNOWN_COUNTRY", "CONTRACT_DATES"))).isEmpty();
    }

    @Test
    void aWageUnderTheShareOfTheDestinationsNormIsFarBelowItAndNoNormMeansNoSignal() {
        assertThat(RiskRules.wageFarBelow("KOR", "krw", new BigDecimal("1000000"), T)).contains(new BigDecimal("2156880"));
        assertThat(RiskRules.wageFarBelow("KOR", "KRW", new BigDecimal("1078440"), T)).isEmpty();
        assertThat(RiskRules.wageFarBelow("KOR", "USD", new BigDecimal("100"), T)).isEmpty();
        assertThat(RiskRules.wageFarBelow("ARE", "AED", new BigDecimal("1"), T)).isEmpty();
    }

    @Test
    void anEmployerRaisesWithEnoughPlacementsAndCasesAndIsKnownByRegistrationElseByNameKey() {
        assertThat(RiskRules.employerCasesRaise(3, 1, T)).isTrue();
        assertThat(RiskRules.employerCasesRaise(2, 5, T)).isFalse();
        assertThat(RiskRules.employerCasesRaise(10, 0, T)).isFalse();
        assertThat(RiskRules.employerKey(" 110-81-12345 ", "teplitsa")).isEqualTo("R:110-81-12345");
        assertThat(RiskRules.employerKey("", "teplitsa")).isEqualTo("N:teplitsa");
    }

    @Test
    void workersNotHeardFromAndPersonsBehindARevokedAgencyRaiseFromOne() {
        assertThat(RiskRules.notHeardFromRaises(0)).isFalse();
        assertThat(RiskRules.notHeardFromRaises(1)).isTrue();
        assertThat(RiskRules.revokedPersonsRaise(0)).isFalse();
        assertThat(RiskRules.revokedPersonsRaise(2)).isTrue();
    }
}
