package kz.koshi.relink;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A failed run says which database refusal stopped it (its SQL state), never the values in the message. */
class RelinkJobTest {

    @Test
    void aFailureNamesTheSqlStateOfTheFirstDatabaseRefusalAndNoValues() {
        SQLException refusal = new SQLException("Key (id)=(1) already exists", "23505");
        assertThat(RelinkJob.sqlState(new IllegalStateException("writing", refusal))).isEqualTo(" (SQL state 23505)");
        assertThat(RelinkJob.sqlState(new IllegalStateException("no database"))).isEmpty();
    }
}
