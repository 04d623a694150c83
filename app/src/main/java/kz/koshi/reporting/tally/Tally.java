package kz.koshi.reporting.tally;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.readmodel.Cells;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One count over a read-model table: {@code select <key>, sum(<amount>) from <from> where ... group by <key>}. The
 * conditions and key expressions are the source's own constants; values only ever travel as parameters.
 */
public final class Tally {

    private final String from;
    private final String amount;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private Tally(String from, String amount) {
        this.from = from;
        this.amount = amount;
    }

    /** Counts rows ({@code amount} "1") or sums a column over {@code from} (a table with alias, and its joins). */
    public static Tally over(String from, String amount) {
        return new Tally(from, amount);
    }

    public Tally where(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** The condition only when a filter value is given ({@code column = ?}). */
    public Tally whereEqual(String column, Object value) {
        return value == null ? this : where(column + " = ?", value);
    }

    /**
     * The cells keyed by {@code key} (an expression), unordered; a null key is counted as "UNKNOWN". A constant key (the
     * total) is one cell, 0 when nothing is counted (PostgreSQL refuses a constant in {@code group by}).
     */
    public List<Cell> by(String key, JdbcClient jdbc) {
        String sql = "select " + key + " as k, coalesce(sum(" + amount + "), 0) as n from " + from
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + (key.startsWith("'") ? "" : " group by " + key);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            Object k = rs.getObject("k");
            return new Cell(k == null ? Cells.UNKNOWN : k.toString(), rs.getLong("n"));
        }).list();
    }
}
