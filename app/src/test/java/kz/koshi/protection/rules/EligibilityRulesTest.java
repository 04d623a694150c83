package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import kz.koshi.protection.rules.ResidenceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static kz.koshi.protection.rules.ResidenceCategory.CITIZEN;
import static kz.koshi.protection.rules.ResidenceCategory.KANDAS;
import static kz.koshi.protection.rules.ResidenceCategory.PERMANENT_RESIDENT;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityRulesTest {

    private static final LocalDate SOCIAL_CODE = LocalDate.of(2023, 7, 1);
    private final EligibilityRules rules = new EligibilityRules(List.of(
            new EligibilityTerms(SOCIAL_CODE, EnumSet.allOf(ResidenceCategory.class)),
            new EligibilityTerms(LocalDate.of(2016, 1, 1), EnumSet.of(CITIZEN, KANDAS, PERMANENT_RESIDENT))));

    @ParameterizedTest
    @EnumSource(value = ResidenceCategory.class, names = {"TEMPORARY_RESIDENT", "LABOUR_MIGRANT", "REFUGEE"})
    void underThe2016TermsTemporaryResidentsLabourMigrantsAndRefugeesAreRefused(ResidenceCategory residence) {
        assertThatThrownBy(() -> rules.checkAdmission(residence, SOCIAL_CODE.minusDays(1)))
                .isInstanceOf(RuleBroken.class).hasMessage("protection.rule.not-eligible")
                .extracting(e -> ((RuleBroken) e).field()).isEqualTo("residence");
    }

    @ParameterizedTest
    @EnumSource(value = ResidenceCategory.class, names = {"CITIZEN", "KANDAS", "PERMANENT_RESIDENT"})
    void underThe2016TermsCitizensKandasAndPermanentResidentsAreEligible(ResidenceCategory residence) {
        assertThatCode(() -> rules.checkAdmission(residence, LocalDate.of(2020, 5, 1))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(ResidenceCategory.class)
    void underTheCurrentTermsForeignersAreEligibleToo(ResidenceCategory residence) {
        assertThatCode(() -> rules.checkAdmission(residence, SOCIAL_CODE)).doesNotThrowAnyException();
    }

    @Test
    void anAdmissionBeforeAnyTermsIsRefused() {
        assertThatThrownBy(() -> rules.checkAdmission(CITIZEN, LocalDate.of(2015, 12, 31))).hasMessage("protection.rule.no-terms");
    }

    @Test
    void termsWithoutCitizensAreRejected() {
        assertThatThrownBy(() -> new EligibilityTerms(SOCIAL_CODE, EnumSet.of(KANDAS))).isInstanceOf(IllegalArgumentException.class);
    }
}
