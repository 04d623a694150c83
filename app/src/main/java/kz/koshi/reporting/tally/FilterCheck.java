package kz.koshi.reporting.tally;

import java.util.Set;

import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/**
 * Refuses a filter a figure cannot honour: no period, a period that ends before it starts or spans more than 20 years,
 * or a filter component the figure does not carry (a hotline call has no citizenship). Never a silently different count.
 */
public final class FilterCheck {

    private static final int LONGEST_YEARS = 20;

    private FilterCheck() {
    }

    public static void check(ReportFilter filter, Set<String> carried) {
        if (filter == null || filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())
                || filter.from().plusYears(LONGEST_YEARS).isBefore(filter.to())) {
            throw new DomainProblem(ProblemType.VALIDATION, "from", "reporting.filter.period-invalid");
        }
        refuse(filter.regionCode(), "regionCode", carried);
        refuse(filter.citizenship(), "citizenship", carried);
        refuse(filter.sex(), "sex", carried);
        refuse(filter.ageGroup(), "ageGroup", carried);
    }

    private static void refuse(Object value, String name, Set<String> carried) {
        if (value != null && !carried.contains(name)) {
            throw new DomainProblem(ProblemType.VALIDATION, name, "reporting.filter.not-carried");
        }
    }
}
