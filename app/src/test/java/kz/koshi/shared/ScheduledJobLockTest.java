package kz.koshi.shared;

import java.time.OffsetDateTime;

import kz.koshi.DatabaseTest;
import kz.koshi.recruitment.Licences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job takes its lock row in the database (on H2 as on PostgreSQL) and a second start meanwhile is skipped. */
@DatabaseTest
class ScheduledJobLockTest {

    @Autowired
    Licences licences;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNightlyLicenceExpiryTakesItsLockAndASecondStartWithinTheSameNightIsSkipped() {
        jdbc.sql("delete from shedlock where name = 'recruitment.licence-expiry'").update(); // last night's lock has run out
        licences.expireOnSchedule();
        OffsetDateTime taken = lockedAt();
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'recruitment.licence-expiry' and lock_until > locked_at")
                .query(Long.class).single()).as("held for at least a few minutes after the run").isOne();
        licences.expireOnSchedule();
        assertThat(lockedAt()).as("the second start did not take the lock again").isEqualTo(taken);
    }

    private OffsetDateTime lockedAt() {
        return jdbc.sql("select locked_at from shedlock where name = 'recruitment.licence-expiry'")
                .query((rs, n) -> rs.getObject(1, java.time.LocalDateTime.class).atOffset(java.time.ZoneOffset.UTC)).single();
    }
}
