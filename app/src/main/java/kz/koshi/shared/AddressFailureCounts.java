package kz.koshi.shared;

import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failures counted per caller's address (its keyed hash, {@link AddressHash}) and fixed window, in a table of
 * {@code (address_hash, window_start, failures)}: the one counter behind the sign-in and survey-resume throttles.
 * Deliberately not transactional: each statement commits on its own, so a refusal that follows cannot roll a count
 * back, and a concurrent first failure (a duplicate key, which on PostgreSQL would abort a surrounding transaction) is
 * answered by counting again.
 */
public final class AddressFailureCounts {

    private final JdbcClient jdbc;
    private final AddressHash addresses;
    private final String table;

    /** {@code table} is a constant of the caller's, never input. */
    public AddressFailureCounts(JdbcClient jdbc, AddressHash addresses, String table) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.table = table;
    }

    public int failures(String address, OffsetDateTime window) {
        return jdbc.sql("select failures from " + table + " where address_hash = ? and window_start = ?")
                .params(addresses.of(address), window).query(Integer.class).optional().orElse(0);
    }

    public void failed(String address, OffsetDateTime window) {
        String hash = addresses.of(address);
        if (increment(hash, window) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into " + table + " (address_hash, window_start, failures) values (?, ?, 1)")
                    .params(hash, window).update();
        } catch (DuplicateKeyException raced) {
            increment(hash, window);
        }
    }

    /** Windows before {@code window} are of no more use (a plain delete by age: harmless if two nodes ran it at once). */
    public void forgetBefore(OffsetDateTime window) {
        jdbc.sql("delete from " + table + " where window_start < ?").param(window).update();
    }

    private int increment(String hash, OffsetDateTime window) {
        return jdbc.sql("update " + table + " set failures = failures + 1 where address_hash = ? and window_start = ?")
                .params(hash, window).update();
    }
}
