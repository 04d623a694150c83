package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.koshi.stay.rules.StayFacts.PermitFact;

/**
 * Checks a permit before it is issued: L1 (domestic-worker terms, 12-month continuous cap, prepaid tax of
 * 2 MRP a month), L2 (at most 5 per household employer), L4 (annual quota), L8 (ICT 3 + 1 years), L9
 * (EAEU citizens need none). Answers the problems as message keys; empty means the permit may be issued.
 */
public final class PermitRules {

    private final StayRuleBook book;

    public PermitRules(StayRuleBook book) {
        this.book = book;
    }

    /** A permit applied for: kind, term, the worker's earlier permits, the employer's active ones, tax paid. */
    public record Application(PermitKind kind, String citizenship, LocalDate from, LocalDate until, int months,
                              long taxPaidTenge, List<PermitFact> workersPermits, long employersActivePermits,
                              long quotaUsedThisYear) {
    }

    public List<String> problems(Application a) {
        RuleSet rules = book.on(a.from());
        List<String> problems = new ArrayList<>();
        if (a.until().isBefore(a.from())) {
            problems.add("stay.permit.until-before-from");
            return problems;
        }
        if (rules.groupOf(a.citizenship()).permitFree() && a.kind() != PermitKind.RESIDENCE) {
            problems.add("stay.permit.not-required-eaeu");
        }
        switch (a.kind()) {
            case DOMESTIC_WORKER -> domesticWorker(a, rules, problems);
            case EMPLOYER_QUOTA -> quota(a, rules, problems);
            case INTRA_CORPORATE_TRANSFER -> ict(a, rules, problems);
            case RESIDENCE -> { }
        }
        return problems;
    }

    /** L1: the prepaid income tax, 2 MRP of the permit's year for each month. */
    public long requiredTaxTenge(LocalDate from, int months) {
        RuleSet rules = book.on(from);
        Integer mrp = rules.mrpTenge().get(from.getYear());
        if (mrp == null) {
            throw new IllegalStateException("no MRP configured for " + from.getYear());
        }
        return (long) mrp * rules.domesticWorker().taxMrpPerMonth() * months;
    }

    private void domesticWorker(Application a, RuleSet rules, List<String> problems) {
        RuleSet.DomesticWorker dw = rules.domesticWorker();
        if (!dw.termMonths().contains(a.months()) || !a.from().plusMonths(a.months()).minusDays(1).equals(a.until())) {
            problems.add("stay.permit.domestic-term");
        }
        if (continuousStart(a).plusMonths(dw.capMonths()).minusDays(1).isBefore(a.until())) {
            problems.add("stay.permit.domestic-cap");
        }
        if (a.employersActivePermits() >= dw.maxPerEmployer()) {
            problems.add("stay.permit.employer-limit");
        }
        if (!rules.mrpTenge().containsKey(a.from().getYear())) {
            problems.add("stay.permit.mrp-not-configured");
        } else if (a.taxPaidTenge() < requiredTaxTenge(a.from(), a.months())) {
            problems.add("stay.permit.tax-unpaid");
        }
    }

    /** The first day of the chain of domestic-worker permits that this one would continue. */
    private static LocalDate continuousStart(Application a) {
        LocalDate start = a.from();
        List<PermitFact> earlier = a.workersPermits().stream().filter(p -> p.kind() == PermitKind.DOMESTIC_WORKER)
                .sorted(Comparator.comparing(PermitFact::until).reversed()).toList();
        for (PermitFact p : earlier) {
            if (!p.until().plusDays(1).isBefore(start) && p.from().isBefore(start)) {
                start = p.from();
            }
        }
        return start;
    }

    private static void quota(Application a, RuleSet rules, List<String> problems) {
        Integer quota = rules.employerQuota().get(a.from().getYear());
        if (quota == null) {
            problems.add("stay.permit.quota-not-configured");
        } else if (a.quotaUsedThisYear() >= quota) {
            problems.add("stay.permit.quota-exhausted");
        }
        if (ChronoUnit.DAYS.between(a.from(), a.until()) >= 366) {
            problems.add("stay.permit.annual");
        }
    }

    private static void ict(Application a, RuleSet rules, List<String> problems) {
        LocalDate first = a.workersPermits().stream().filter(p -> p.kind() == PermitKind.INTRA_CORPORATE_TRANSFER)
                .map(PermitFact::from).min(LocalDate::compareTo).orElse(a.from());
        int years = rules.ict().initialYears() + rules.ict().extensionYears();
        boolean initial = first.equals(a.from());
        LocalDate limit = first.plusYears(initial ? rules.ict().initialYears() : years).minusDays(1);
        if (a.until().isAfter(limit)) {
            problems.add("stay.permit.ict-term");
        }
    }
}
