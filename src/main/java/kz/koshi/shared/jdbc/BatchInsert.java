package kz.koshi.shared.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Inserts rows as one JDBC batch (a multi-row insert on PostgreSQL) and returns the ids the database gave
 * them, in the order of the rows: for tables whose generated id is part of what is returned (a card serial,
 * a person number, a crossing id).
 */
public final class BatchInsert {

    private BatchInsert() {
    }

    /** {@code insert} has one {@code ?} per value; {@code values} gives them for a row, in order. */
    public static <T> List<Long> returningIds(JdbcTemplate jdbc, String insert, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return List.of();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(insert, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] row = values.apply(rows.get(i));
                for (int v = 0; v < row.length; v++) {
                    ps.setObject(v + 1, row[v]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        }, keys);
        return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
    }
}
