package kz.koshi.reporting.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds to the daily and monthly counts of a read-model table ({@code reporting_flow_daily} and {@code _monthly},
 * {@code reporting_presence_daily} and {@code _monthly}; a month keyed by its first day), in the caller's transaction:
 * each key's row grows by its amount; a missing row is inserted with 0 (or found inserted meanwhile by another
 * transaction) and then added to. Rows are taken in one order (daily, then monthly, each by key), so no two
 * transactions wait for each other crosswise.
 */
@Component
public class DailyCounts {

    private final JdbcTemplate jdbc;

    DailyCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row with a count of 0 (inserted where missing, then added to like the others). */
    private static Object[] empty(Object[] row) {
        Object[] empty = row.clone();
        empty[0] = 0L;
        return empty;
    }

    /** A code for a key column: the source's code, '' where it did not know (read back as UNKNOWN). */
    public static Object code(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value;
    }

    /**
     * Adds {@code amounts} (key values in {@code columns}' order, to an amount; zero amounts are skipped) to the counts of
     * {@code counted} by day and by month of the key's {@code day} column.
     */
    public void add(String counted, List<String> columns, String day, Map<List<Object>, Long> amounts) {
        int at = columns.indexOf(day);
        Map<List<Object>, Long> monthly = new HashMap<>();
        amounts.forEach((key, n) -> {
            List<Object> month = new ArrayList<>(key);
            month.set(at, ((LocalDate) key.get(at)).withDayOfMonth(1));
            monthly.merge(month, n, Long::sum);
        });
        upsert(counted + "_daily", columns, amounts);
        upsert(counted + "_monthly", columns, monthly);
    }

    private void upsert(String table, List<String> columns, Map<List<Object>, Long> amounts) {
        Map<String, Object[]> ordered = new TreeMap<>();
        amounts.forEach((key, n) -> {
            if (n != 0) {
                List<Object> row = new ArrayList<>(key);
                row.addFirst(n);
                ordered.put(key.toString(), row.toArray());
            }
        });
        if (ordered.isEmpty()) {
            return;
        }
        String where = String.join(" = ? and ", columns) + " = ?";
        String update = "update " + table + " set n = n + ? where " + where;
        String insert = "insert into " + table + " (n, " + String.join(", ", columns) + ") values (?"
                + ", ?".repeat(columns.size()) + ") on conflict do nothing";
        List<Object[]> rows = new ArrayList<>(ordered.values());
        int[] updated = jdbc.batchUpdate(update, rows);
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(insert, missing.stream().map(DailyCounts::empty).toList());
            jdbc.batchUpdate(update, missing);
        }
    }
}
