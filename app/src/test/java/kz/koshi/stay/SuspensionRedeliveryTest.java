package kz.koshi.stay;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import kz.koshi.DatabaseTest;
import kz.koshi.TwiceAtOnce;
import kz.koshi.protection.ReflectionPeriodStarted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: protection's period delivered twice at once (a node republishing it) is one period, its end set. */
@DatabaseTest
class SuspensionRedeliveryTest {

    @Autowired
    RemovalSuspensions listener;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSamePeriodDeliveredTwiceAtOnceIsOnePeriod() throws Exception {
        String person = "KP" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        LocalDate starts = LocalDate.now().minusDays(3);
        ReflectionPeriodStarted started = new ReflectionPeriodStarted(person, starts, starts.plusDays(30));
        RemovalSuspensions target = TwiceAtOnce.target(listener);

        TwiceAtOnce.deliver(transactions, () -> target.on(started));
        TwiceAtOnce.deliver(transactions, () -> target.on(new ReflectionPeriodStarted(person, starts, starts.plusDays(60))));

        assertThat(jdbc.sql("select ends_on from stay_removal_suspension where person_number = ?").param(person)
                .query(LocalDate.class).list()).as("one period, extended by the later event").containsExactly(starts.plusDays(60));
    }
}
