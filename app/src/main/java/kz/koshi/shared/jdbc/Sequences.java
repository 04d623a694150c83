package kz.koshi.shared.jdbc;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Draws ids from a database sequence before the rows are written, so that a batch inserts each row once and
 * complete, as a plain multi-row insert (PostgreSQL's driver does not rewrite batches that return keys), and
 * rows that point at each other can be written in the same batch.
 */
public final class Sequences {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private Sequences() {
    }

    /** {@code count} new values of {@code sequence}, in ascending order; a rolled-back transaction leaves a gap. */
    public static List<Long> next(JdbcTemplate jdbc, String sequence, int count) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?) order by 1", Long.class, count);
    }
}
