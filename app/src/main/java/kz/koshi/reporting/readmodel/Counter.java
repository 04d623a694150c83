package kz.koshi.reporting.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * period ({@code reporting_flow}), a stock on the filter's last day (rows whose interval covers that day). A
 * dimension or filter the figure does not carry is refused; a missing or reversed period is refused.
 */
@Component
@Transactional(readOnly = true)
public class Counter {

    private static final Map<Dimension, String> COLUMNS = Map.of(Dimension.REGION, "region_code",
            Dimension.CITIZENSHIP, "citizenship", Dimension.SEX, "sex", Dimension.AGE_GROUP, "age_group",
            Dimension.PURPOSE, "purpose", Dimension.KIND, "kind", Dimension.COUNTRY, "country");

    private final JdbcClient jdbc;

    Counter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A flow: the figure's facts whose day falls in the period. */
    public FigureTable flow(FigureSpec spec, Dimension by, ReportFilter filter) {
        Period.check(filter);
        return count(spec, by, filter, "reporting_flow where figure = :figure and occurred_on between :from and :to",
                Map.of("figure", spec.figure().name(), "from", filter.from(), "to", filter.to()));
    }

    /** A stock: the rows of {@code table} whose {@code [start, end)} interval holds the period's last day. */
    public FigureTable stock(FigureSpec spec, Dimension by, ReportFilter filter, String table, String start, String end) {
        Period.check(filter);
        if (by == Dimension.MONTH) {
            throw new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried");
        }
        return count(spec, by, filter, "%s where %s <= :day and (%s is null or %s > :day)".formatted(table, start, end, end),
                Map.of("day", filter.to()));
    }

    private FigureTable count(FigureSpec spec, Dimension by, ReportFilter filter, String rows, Map<String, Object> period) {
        if (!spec.dimensions().contains(by)) {
            throw new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried");
        }
        Map<String, Object> params = new LinkedHashMap<>(period);
        String where = Narrowing.of(spec, filter, params);
        String group = by == Dimension.MONTH ? "extract(year from occurred_on), extract(month from occurred_on)"
                : by == Dimension.TOTAL ? null : COLUMNS.get(by);
        String sql = group == null ? "select count(*) as n from " + rows + where
                : "select " + group + ", count(*) as n from " + rows + where + " group by " + group;
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
        return new Cell(key == null ? Cells.UNKNOWN : key, rs.getLong("n"));
    }
}
