package kz.koshi.recruitment.signals;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import kz.koshi.DatabaseTest;
import kz.koshi.TwiceAtOnce;
import kz.koshi.hotline.AgencyComplaintReported;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the hotline's complaint delivered twice at once (a node republishing it) is one complaint, one signal. */
@DatabaseTest
class HotlineComplaintRedeliveryTest {

    @Autowired
    HotlineComplaints listener;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSameCallDeliveredTwiceAtOnceIsOneComplaint() throws Exception {
        String bin = RiskSignalsTest.newBin();
        long call = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        AgencyComplaintReported reported = new AgencyComplaintReported(call, bin, LocalDate.now().minusDays(1));
        HotlineComplaints target = TwiceAtOnce.target(listener);

        TwiceAtOnce.deliver(transactions, () -> target.on(reported));
        TwiceAtOnce.deliver(transactions, () -> target.on(reported));

        assertThat(jdbc.sql("select count(*) from recruitment_complaint where source_kind = 'HOTLINE' and source_reference = ?")
                .param(String.valueOf(call)).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from recruitment_signal where agency_bin = ? and kind = 'COMPLAINTS'").param(bin)
                .query(Long.class).single()).isOne();
    }
}
