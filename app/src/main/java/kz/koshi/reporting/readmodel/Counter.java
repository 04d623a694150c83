package kz.koshi.reporting.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts read-model rows by one dimension under a filter, the same way for every figure: a flow over the filter's
 * period (the daily and monthly counts of {@code reporting_flow}), a stock on the filter's last day (rows whose interval
 * covers that day, or the sum of its changes up to that day). A
 * dimension or filter the figure does not carry is refused; a missing or reversed period is refused.
 */
@Component
@Transactional(readOnly = true)
public class Counter {

    private static final Map<Dimension, String> COLUMNS = Map.of(Dimension.REGION, "region_code",
            Dimension.CITIZENSHIP, "citizenship", Dimension.SEX, "sex", Dimension.AGE_GROUP, "age_group",
            Dimension.PURPOSE, "purpose", Dimension.KIND, "kind", Dimension.COUNTRY, "country");

    private static final String FLOW_COLUMNS = "occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country, n";
    private static final String ROWS = "count(*)";
    private static final String SUM = "coalesce(sum(n), 0)";

    private final JdbcClient jdbc;

    Counter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A flow: the figure's facts whose day falls in the period, from their counts ({@link Facts}): by month for the
     * period's whole months, by day for the days before and after them (each a plain range of days, so that a plan
     * prepared for any period reads them by index).
     */
    public FigureTable flow(FigureSpec spec, Dimension by, ReportFilter filter) {
        Period.check(filter);
        LocalDate firstMonth = filter.from().getDayOfMonth() == 1 ? filter.from() : filter.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = filter.to().plusDays(1).withDayOfMonth(1);
        LocalDate headEnd = firstMonth.minusDays(1).isBefore(filter.to()) ? firstMonth.minusDays(1) : filter.to();
        LocalDate tailStart = afterMonths.isAfter(headEnd) ? afterMonths : headEnd.plusDays(1);
        String rows = "(select %1$s from reporting_flow_monthly where figure = :figure and occurred_on >= :firstMonth and occurred_on < :afterMonths"
                + " union all select %1$s from reporting_flow_daily where figure = :figure and occurred_on between :from and :headEnd"
                + " union all select %1$s from reporting_flow_daily where figure = :figure and occurred_on between :tailStart and :to) c where 1 = 1";
        return count(spec, by, filter, rows.formatted(FLOW_COLUMNS), Map.of("figure", spec.figure().name(), "from", filter.from(),
                "to", filter.to(), "firstMonth", firstMonth, "afterMonths", afterMonths, "headEnd", headEnd, "tailStart", tailStart), SUM);
    }

    /**
     * A stock from its counts of changes ({@code <table>_daily} and {@code _monthly}: {@code changed_on}, {@code n}): the
     * sum of the changes up to the period's last day, by month before that day's month, by day in it; keys whose
     * changes cancel out are not there.
     */
    public FigureTable stockOfChanges(FigureSpec spec, Dimension by, ReportFilter filter, String table, String columns) {
        Period.check(filter);
        requireNoMonth(by);
        String rows = "(select %1$s, n from %2$s_monthly where changed_on < :month union all select %1$s, n from %2$s_daily"
                + " where changed_on >= :month and changed_on <= :day) c where 1 = 1";
        return count(spec, by, filter, rows.formatted(columns, table), Map.of("month", filter.to().withDayOfMonth(1), "day", filter.to()), SUM);
    }

    /** A stock: the rows of {@code table} whose {@code [start, end)} interval holds the period's last day. */
    public FigureTable stock(FigureSpec spec, Dimension by, ReportFilter filter, String table, String start, String end) {
        Period.check(filter);
        requireNoMonth(by);
        return count(spec, by, filter, "%s where %s <= :day and (%s is null or %s > :day)".formatted(table, start, end, end),
                Map.of("day", filter.to()), ROWS);
    }

    private static void requireNoMonth(Dimension by) {
        if (by == Dimension.MONTH) {
            throw new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried");
        }
    }

    private FigureTable count(FigureSpec spec, Dimension by, ReportFilter filter, String rows, Map<String, Object> period,
                              String amount) {
        if (!spec.dimensions().contains(by)) {
            throw new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried");
        }
        Map<String, Object> params = new LinkedHashMap<>(period);
        String where = Narrowing.of(spec, filter, params);
        String group = by == Dimension.MONTH ? "extract(year from occurred_on), extract(month from occurred_on)"
                : by == Dimension.TOTAL ? null : COLUMNS.get(by);
        String sql = group == null ? "select " + amount + " as n from " + rows + where
                : "select " + group + ", " + amount + " as n from " + rows + where + " group by " + group
                + (amount.equals(SUM) ? " having sum(n) <> 0" : "");
        List<Cell> counted = jdbc.sql(sql).params(params).query((rs, n) -> cell(by, rs)).list();
        return new FigureTable(spec.figure(), by, filter, Cells.ordered(by, counted, filter));
    }

    private static Cell cell(Dimension by, ResultSet rs) throws SQLException {
        if (by == Dimension.TOTAL) {
            return new Cell("TOTAL", rs.getLong("n"));
        }
        if (by == Dimension.MONTH) {
            return new Cell("%04d-%02d".formatted(rs.getInt(1), rs.getInt(2)), rs.getLong("n"));
        }
        String key = rs.getString(1);
        return new Cell(key == null || key.isEmpty() ? Cells.UNKNOWN : key, rs.getLong("n"));
    }
}
