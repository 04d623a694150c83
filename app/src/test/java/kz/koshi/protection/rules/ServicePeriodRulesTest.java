package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.protection.rules.ExtensionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServicePeriodRulesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2025, 3, 10);
    private final ServicePeriodRules rules = new ServicePeriodRules(List.of(new ServicePeriodTerms(LocalDate.of(2025, 1, 1), 6, 9, 14)));

    @Test
    void aPeriodLastsSixMonthsFromAdmission() {
        ServicePeriod period = rules.admit(ADMITTED);
        assertThat(period.endsOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(period.extended()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ExtensionReason.class, names = {"CRIMINAL_PROCEEDINGS", "HOSPITALISATION"})
    void criminalProceedingsOrHospitalisationExtendUpToNineMonthsInTotal(ExtensionReason reason) {
        ServicePeriod extended = rules.extend(rules.admit(ADMITTED), reason, LocalDate.of(2025, 12, 10));
        assertThat(extended.endsOn()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(extended.extended()).isTrue();
    }

    @Test
    void onlyTheTwoReasonsOfTheLawExistAndNoReasonIsRefused() {
        assertThat(ExtensionReason.values()).containsExactly(ExtensionReason.CRIMINAL_PROCEEDINGS, ExtensionReason.HOSPITALISATION);
        assertThatThrownBy(() -> rules.extend(rules.admit(ADMITTED), null, LocalDate.of(2025, 11, 1)))
                .isInstanceOf(RuleBroken.class).hasMessage("protection.rule.extension-reason")
                .extracting("field").isEqualTo("reason");
    }

    @Test
    void beyondNineMonthsIsRefused() {
        assertThatThrownBy(() -> rules.extend(rules.admit(ADMITTED), ExtensionReason.HOSPITALISATION, LocalDate.of(2025, 12, 11)))
                .isInstanceOf(RuleBroken.class).hasMessage("protection.rule.extension-too-long");
    }

    @Test
    void anExtensionMustEndLaterThanThePeriod() {
        assertThatThrownBy(() -> rules.extend(rules.admit(ADMITTED), ExtensionReason.HOSPITALISATION, LocalDate.of(2025, 9, 10)))
                .isInstanceOf(RuleBroken.class).hasMessage("protection.rule.extension-not-later");
    }

    @Test
    void theAlertIsDueFourteenDaysBeforeTheEnd() {
        ServicePeriod period = rules.admit(ADMITTED);
        assertThat(rules.alertDue(period, LocalDate.of(2025, 8, 26))).isFalse();
        assertThat(rules.alertDue(period, LocalDate.of(2025, 8, 27))).isTrue();
        assertThat(rules.alertDue(period, LocalDate.of(2025, 9, 10))).isTrue();
        assertThat(rules.alertDue(period, LocalDate.of(2025, 9, 11))).isFalse();
    }

    @Test
    void aServiceOutsideThePeriodIsRefused() {
        ServicePeriod period = rules.admit(ADMITTED);
        LocalDate today = LocalDate.of(2025, 12, 31);
        rules.checkDelivery(period, ADMITTED, today);
        rules.checkDelivery(period, period.endsOn(), today);
        assertThatThrownBy(() -> rules.checkDelivery(period, ADMITTED.minusDays(1), today)).isInstanceOf(RuleBroken.class)
                .hasMessage("protection.rule.service-outside-period");
        assertThatThrownBy(() -> rules.checkDelivery(period, period.endsOn().plusDays(1), today)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> rules.checkDelivery(period, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 1)))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void aPeriodFollowsTheTermsInForceOnAdmission() {
        ServicePeriodRules changed = new ServicePeriodRules(List.of(new ServicePeriodTerms(LocalDate.of(2025, 1, 1), 6, 9, 14),
                new ServicePeriodTerms(LocalDate.of(2026, 1, 1), 8, 12, 21)));
        assertThat(changed.admit(ADMITTED).endsOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(changed.admit(LocalDate.of(2026, 2, 1)).endsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> changed.admit(LocalDate.of(2024, 12, 31))).isInstanceOf(RuleBroken.class);
    }
}
