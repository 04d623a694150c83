package kz.koshi.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.shared.CleanText;
import kz.koshi.shared.DateMeaning;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every text and date column of the platform's tables and names those holding a value no check should have
 * let in: text that is not {@link CleanText clean} (encrypted columns are Base64, so clean), a date outside the
 * dates the platform reads. Column and table only, never the value.
 */
final class StoredValues {

    private final JdbcClient jdbc;

    StoredValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> impossible() {
        List<String> found = new ArrayList<>();
        for (Column c : columns()) {
            String sql = "select " + c.name() + " from " + c.table() + " where " + c.name() + " is not null";
            if (c.date()) {
                jdbc.sql(sql).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
                        .filter(d -> !DateMeaning.isReadable(d)).findFirst()
                        .ifPresent(d -> found.add(c.table() + "." + c.name() + " holds an impossible date"));
            } else {
                jdbc.sql(sql).query(String.class).list().stream().filter(t -> !CleanText.isClean(t)).findFirst()
                        .ifPresent(t -> found.add(c.table() + "." + c.name() + " holds unclean text"));
            }
        }
        return found;
    }

    private record Column(String table, String name, boolean date) {
    }

    private List<Column> columns() {
        return jdbc.sql("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'public' and (data_type like '%CHAR%' or data_type like '%char%' or data_type in ('text', 'date', 'DATE'))
                  and table_name not like 'flyway%' and table_name not like 'event_publication%'
                """).query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3).equalsIgnoreCase("date"))).list();
    }
}
