package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.koshi.DatabaseTest;
import kz.koshi.stay.rules.Sanction;
import kz.koshi.stay.rules.Violation;
import kz.koshi.stay.rules.ViolationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two assessments of one person at once (a crossing's check racing a registration or a permit, or two sweeps) find
 * the same new violation: it is recorded once, audited once, and neither assessment fails. Before, the second
 * insert broke the unique key and the officer's registration answered 500.
 */
@DatabaseTest
class ViolationRaceTest {

    @Autowired
    ViolationRepository violations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private static ViolationRepository.Found overstay(String person) {
        return new ViolationRepository.Found(person, new Violation(ViolationKind.OVERSTAY, LocalDate.of(2026, 11, 2), 4,
                Sanction.WARNING, null, false));
    }

    private List<ViolationRepository.Found> record(String person) {
        List<ViolationRepository.Found> recorded = transactions.execute(
                t -> violations.insertAll(List.of(overstay(person)), "test", Instant.now()));
        return recorded;
    }

    @Test
    void aViolationAlreadyRecordedIsSkippedNotAnError() {
        String person = "KP-RACE-1";
        assertThat(record(person)).hasSize(1);
        assertThat(record(person)).isEmpty();
        assertThat(jdbc.sql("select count(*) from stay_violation where person_number = ?").param(person).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void simultaneousAssessmentsRecordTheViolationOnceAndAllSucceed() throws Exception {
        String person = "KP-RACE-2";
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return record(person).size();
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<Integer> result : results) {
            recorded += result.get();
        }
        pool.shutdown();
        assertThat(recorded).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from stay_violation where person_number = ?").param(person).query(Long.class).single())
                .isEqualTo(1);
    }
}
