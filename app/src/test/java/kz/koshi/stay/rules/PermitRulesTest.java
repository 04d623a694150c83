package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.stay.rules.StayFacts.PermitFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermitRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private final PermitRules rules = new PermitRules(Rules.BOOK);

    private PermitRules.Application domestic(int months, LocalDate until, long tax, List<PermitFact> earlier, long employers) {
        return new PermitRules.Application(PermitKind.DOMESTIC_WORKER, "UZB", FROM, until, months, tax, earlier, employers, 0);
    }

    @Test
    void aDomesticWorkerPermitRuns1To3MonthsWithTwoMrpAMonthPrepaid() {
        assertThat(rules.requiredTaxTenge(FROM, 3)).isEqualTo(3 * 2 * 4325L);
        assertThat(rules.requiredTaxTenge(LocalDate.of(2016, 5, 1), 1)).isEqualTo(4242L);
        assertThat(rules.problems(domestic(3, FROM.plusMonths(3).minusDays(1), 25_950, List.of(), 0))).isEmpty();
        assertThat(rules.problems(domestic(4, FROM.plusMonths(4).minusDays(1), 99_999, List.of(), 0)))
                .containsExactly("stay.permit.domestic-term");
        assertThat(rules.problems(domestic(1, FROM.plusMonths(1).minusDays(1), 8_000, List.of(), 0)))
                .containsExactly("stay.permit.tax-unpaid");
    }

    @Test
    void aYearWithoutAnMrpValueRefusesThePermitWithAMessage() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        assertThat(rules.problems(new PermitRules.Application(PermitKind.DOMESTIC_WORKER, "UZB", from, from.plusMonths(1).minusDays(1),
                1, 100_000, List.of(), 0, 0))).containsExactly("stay.permit.mrp-not-configured");
    }

    @Test
    void continuousStayUnderDomesticPermitsIsCappedAt12Months() {
        List<PermitFact> earlier = List.of(new PermitFact(PermitKind.DOMESTIC_WORKER, FROM.minusMonths(10), FROM.minusDays(1), "E"));
        assertThat(rules.problems(domestic(2, FROM.plusMonths(2).minusDays(1), 20_000, earlier, 0))).isEmpty();
        assertThat(rules.problems(domestic(3, FROM.plusMonths(3).minusDays(1), 30_000, earlier, 0)))
                .containsExactly("stay.permit.domestic-cap");
    }

    @Test
    void aHouseholdEmployerHoldsAtMostFive() {
        assertThat(rules.problems(domestic(1, FROM.plusMonths(1).minusDays(1), 9_000, List.of(), 5)))
                .containsExactly("stay.permit.employer-limit");
    }

    @Test
    void aYearWithoutAConfiguredQuotaSaysSoRatherThanExhausted() {
        LocalDate from = LocalDate.of(2027, 1, 10);
        assertThat(rules.problems(new PermitRules.Application(PermitKind.EMPLOYER_QUOTA, "CHN", from, from.plusMonths(6), 0, 0,
                List.of(), 0, 0))).containsExactly("stay.permit.quota-not-configured");
    }

    @Test
    void quotaIctAndEaeu() {
        PermitRules.Application quota = new PermitRules.Application(PermitKind.EMPLOYER_QUOTA, "CHN", FROM, FROM.plusMonths(12).minusDays(1),
                12, 0, List.of(), 0, 60_000);
        assertThat(rules.problems(quota)).containsExactly("stay.permit.quota-exhausted");
        PermitRules.Application ict = new PermitRules.Application(PermitKind.INTRA_CORPORATE_TRANSFER, "DEU", FROM,
                FROM.plusYears(3).minusDays(1), 36, 0, List.of(), 0, 0);
        assertThat(rules.problems(ict)).isEmpty();
        PermitRules.Application extended = new PermitRules.Application(PermitKind.INTRA_CORPORATE_TRANSFER, "DEU",
                FROM.plusYears(3), FROM.plusYears(4).plusDays(5), 12, 0,
                List.of(new PermitFact(PermitKind.INTRA_CORPORATE_TRANSFER, FROM, FROM.plusYears(3).minusDays(1), "C")), 0, 0);
        assertThat(rules.problems(extended)).containsExactly("stay.permit.ict-term");
        PermitRules.Application eaeu = new PermitRules.Application(PermitKind.EMPLOYER_QUOTA, "KGZ", FROM, FROM.plusMonths(6),
                6, 0, List.of(), 0, 0);
        assertThat(rules.problems(eaeu)).contains("stay.permit.not-required-eaeu");
    }

    @Test
    void theVersionInForceOnADateApplies() {
        RuleSet base = Rules.BOOK.versions().getFirst();
        RuleSet later = new RuleSet(LocalDate.of(2027, 1, 1), "test", 3, 3, 3, 5, base.groups(),
                base.registrationExemptDays(), base.domesticWorker(), base.ict(), base.mrpTenge(), base.employerQuota());
        StayRuleBook book = new StayRuleBook(List.of(base, later));
        assertThat(book.on(LocalDate.of(2026, 12, 31)).registrationWithinDays()).isEqualTo(5);
        assertThat(book.on(LocalDate.of(2027, 1, 1)).registrationWithinDays()).isEqualTo(3);
        StayFacts facts = StayFacts.of("UZB", List.of(new StayFacts.Visit(LocalDate.of(2027, 2, 1), null, "WORK")));
        assertThat(new StayEngine(book).assess(facts, LocalDate.of(2027, 2, 2)).registerBy()).isEqualTo(LocalDate.of(2027, 2, 4));
    }
}
