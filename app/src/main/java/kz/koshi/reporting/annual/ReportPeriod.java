package kz.koshi.reporting.annual;

import java.time.LocalDate;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/**
 * The period a report covers, both days included: by default a calendar year, but any period of at most
 * {@value #MAX_YEARS} years that has begun and does not end after today (a stock is counted on its last day).
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    /** Longer periods are not a report the commission writes and would only make the render slow. */
    static final int MAX_YEARS = 10;

    /** The period from {@code from} to {@code to}, refused with the field at fault. */
    static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(to)) {
            throw new DomainProblem(ProblemType.VALIDATION, "from", "reporting.annual.period.reversed");
        }
        if (to.isAfter(today)) {
            throw new DomainProblem(ProblemType.VALIDATION, "to", "reporting.annual.period.future");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new DomainProblem(ProblemType.VALIDATION, "from", "reporting.annual.period.too-long", MAX_YEARS);
        }
        return new ReportPeriod(from, to);
    }

    /** This calendar year up to today: the report the commission is writing now. */
    static ReportPeriod yearToDate(LocalDate today) {
        return new ReportPeriod(today.withDayOfYear(1), today);
    }
}
