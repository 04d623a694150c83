package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.DemoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's kandas families (issue 17): each member enters with the survey's reference on a past day under the demo's
 * clock, is recorded by the border (no collision) and linked by kandas as arrived on that day. Only with the demo's
 * clock (not on PostgreSQL, where the demo is off).
 */
@DatabaseTest
@WithUserDetails("border")
class DemoArrivalsTest {

    @Autowired
    DemoArrivals arrivals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theFamiliesEnterOnTheirPastDaysAndAreLinkedToTheirSurveys() {
        assumeThat(clock).isInstanceOf(DemoClock.class);
        LocalDate today = LocalDate.now(clock);
        long before = jdbc.sql("select count(*) from kandas_arrival").query(Long.class).single();
        int persons = arrivals.make(today, 2);
        assertThat(persons).isPositive();
        assertThat(jdbc.sql("select count(*) from border_crossing where channel = 'DEMO-KAND'").query(Long.class).single()).isEqualTo(persons);
        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> assertThat(jdbc.sql("select count(*) from kandas_arrival")
                .query(Long.class).single()).isEqualTo(before + persons));
        List<LocalDate> days = jdbc.sql("select distinct a.arrived_on from kandas_arrival a join border_crossing c on c.id = a.crossing_id "
                + "where c.channel = 'DEMO-KAND' order by 1").query(LocalDate.class).list();
        assertThat(days).hasSize(2).allMatch(day -> day.getYear() == today.getYear() - 1);
    }
}
