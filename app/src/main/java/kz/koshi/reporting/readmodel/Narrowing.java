package kz.koshi.reporting.readmodel;

import java.util.Map;

import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** The filter's optional parts as SQL conditions; a part the figure does not carry is refused, never ignored. */
final class Narrowing {

    private Narrowing() {
    }

    static String of(FigureSpec spec, ReportFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        add(spec, FigureSpec.REGION_FILTER, "region_code", filter.regionCode(), where, params);
        add(spec, FigureSpec.CITIZENSHIP_FILTER, "citizenship", filter.citizenship(), where, params);
        add(spec, FigureSpec.SEX_FILTER, "sex", filter.sex() == null ? null : filter.sex().name(), where, params);
        add(spec, FigureSpec.AGE_GROUP_FILTER, "age_group", filter.ageGroup() == null ? null : filter.ageGroup().name(), where, params);
        return where.toString();
    }

    private static void add(FigureSpec spec, String name, String column, String value, StringBuilder where, Map<String, Object> params) {
        if (value == null) {
            return;
        }
        if (!spec.filters().contains(name)) {
            throw new DomainProblem(ProblemType.VALIDATION, name, "reporting.filter.not-carried");
        }
        where.append(" and ").append(column).append(" = :").append(column);
        params.put(column, value);
    }
}
