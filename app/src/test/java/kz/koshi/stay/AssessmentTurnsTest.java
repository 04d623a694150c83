package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One assessment of a person at a time: while one transaction holds a person's turn, a second assessment of that person
 * waits for it to commit (and then reads what it wrote); an assessment of someone else does not wait. Without the turn,
 * a crossing's check that read the facts before a reflection period began could record the overstay as punishable
 * after the period's own assessment had found it suspended (seen in VictimNotPunishedTest under load).
 */
@DatabaseTest
class AssessmentTurnsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ViolationDetector detector;
    @Autowired
    AssessmentTurns turns;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondAssessmentOfAPersonWaitsUntilTheFirstCommits() throws Exception {
        String held = Arrivals.enter(mvc, "DEU", LocalDate.now().minusDays(40), "VT7700001", "BRANDT", "HELGA", LocalDate.of(1971, 4, 2));
        String other = Arrivals.enter(mvc, "DEU", LocalDate.now().minusDays(40), "VT7700002", "KELLER", "ANKE", LocalDate.of(1983, 9, 17));
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(t -> {
            turns.take(List.of(held));
            taken.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), threads);
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<ViolationDetector.Detection> second = CompletableFuture.supplyAsync(() -> detector.detect(held, "EVENT"), threads);
        assertThat(CompletableFuture.supplyAsync(() -> detector.detect(other, "EVENT"), threads).get(10, TimeUnit.SECONDS))
                .as("someone else's assessment does not wait").isNotNull();
        Thread.sleep(1_500);
        assertThat(second).as("the held person's assessment waits for the turn").isNotDone();

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isNotNull();
    }
}
