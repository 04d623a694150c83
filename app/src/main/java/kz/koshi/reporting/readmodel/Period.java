package kz.koshi.reporting.readmodel;

import java.time.LocalDate;

import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** A filter's period: both days given, "from" not after "to", and both within 1900-2100 (no year 0001 or 9999). */
final class Period {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private Period() {
    }

    static void check(ReportFilter filter) {
        if (filter == null || filter.from() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "from", "reporting.filter.period-required");
        }
        if (filter.to() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "to", "reporting.filter.period-required");
        }
        if (filter.from().isBefore(FIRST) || filter.from().isAfter(LAST)) {
            throw new DomainProblem(ProblemType.VALIDATION, "from", "reporting.filter.day-out-of-range");
        }
        if (filter.to().isBefore(FIRST) || filter.to().isAfter(LAST)) {
            throw new DomainProblem(ProblemType.VALIDATION, "to", "reporting.filter.day-out-of-range");
        }
        if (filter.from().isAfter(filter.to())) {
            throw new DomainProblem(ProblemType.VALIDATION, "to", "reporting.filter.period-reversed");
        }
    }
}
