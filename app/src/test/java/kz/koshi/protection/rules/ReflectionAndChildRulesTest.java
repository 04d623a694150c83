package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.protection.CaseStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReflectionAndChildRulesTest {

    @Test
    void aForeignPresumedVictimGetsAReflectionPeriodOfTheConfiguredLength() {
        ReflectionRules rules = new ReflectionRules(List.of(new ReflectionTerms(LocalDate.of(2025, 1, 1), 30),
                new ReflectionTerms(LocalDate.of(2026, 1, 1), 45)));
        assertThat(rules.appliesTo("UZB")).isTrue();
        assertThat(rules.appliesTo("KAZ")).isFalse();
        assertThat(rules.startOn(LocalDate.of(2025, 5, 1))).isEqualTo(new ReflectionPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)));
        assertThat(rules.startOn(LocalDate.of(2026, 5, 1)).endsOn()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aReflectionPeriodIsNeverShorterThanThirtyDays() {
        assertThatThrownBy(() -> new ReflectionTerms(LocalDate.of(2025, 1, 1), 29)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReflectionPeriodExpiresTheDayAfterItsEnd() {
        ReflectionPeriod period = new ReflectionPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        assertThat(period.expiredOn(LocalDate.of(2025, 5, 31))).isFalse();
        assertThat(period.expiredOn(LocalDate.of(2025, 6, 1))).isTrue();
    }

    @Test
    void aChildIsUnderEighteenOnTheDayOfIdentification() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertThat(ChildRule.isChild(LocalDate.of(2007, 6, 2), today)).isTrue();
        assertThat(ChildRule.isChild(LocalDate.of(2007, 6, 1), today)).isFalse();
        assertThat(ChildRule.isChild(null, today)).isFalse();
    }

    @Test
    void caseStatusesOwnTheirTransitions() {
        assertThat(CaseStatus.OPEN.canMoveTo(CaseStatus.REFERRED)).isTrue();
        assertThat(CaseStatus.OPEN.canMoveTo(CaseStatus.IN_SERVICE)).isFalse();
        assertThat(CaseStatus.REFERRED.canMoveTo(CaseStatus.IN_SERVICE)).isTrue();
        assertThat(CaseStatus.IN_SERVICE.canMoveTo(CaseStatus.REFERRED)).isFalse();
        assertThat(CaseStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void pseudonymsCarryNothingOfThePerson() {
        assertThat(Pseudonyms.next()).matches("P-[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(Pseudonyms.next()).isNotEqualTo(Pseudonyms.next());
    }
}
