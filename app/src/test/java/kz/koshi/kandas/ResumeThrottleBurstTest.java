package kz.koshi.kandas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.simple.JdbcClient;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.AddressHash;

/**
 * Simultaneous first failures from one address (a burst of wrong secrets) are each counted, on PostgreSQL too, where a
 * lost race for the window's first row must not abort the count.
 */
@DatabaseTest
class ResumeThrottleBurstTest {

    private static final int BURST = 20;

    @Autowired
    ResumeThrottle throttle;
    @Autowired
    KandasProperties properties;
    @Autowired
    AddressHash addresses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFailureOfABurstIsCountedAndTheAddressIsThenRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            burstFrom("198.19." + (UUID.randomUUID().hashCode() & 0xff) + "." + round);
        }
        assertThat(throttle.refuses("198.19.255.254")).isFalse();
    }

    private void burstFrom(String address) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<?>> failures = new ArrayList<>();
            for (int k = 0; k < BURST; k++) {
                failures.add(pool.submit(() -> {
                    start.await();
                    throttle.failed(address);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> failure : failures) {
                failure.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select sum(failures) from kandas_resume_failure where address_hash = ?")
                .param(addresses.of(address)).query(Integer.class).single()).isEqualTo(BURST);
        assertThat(BURST).isGreaterThanOrEqualTo(properties.maxResumeFailures());
        assertThat(throttle.refuses(address)).isTrue();
    }
}
