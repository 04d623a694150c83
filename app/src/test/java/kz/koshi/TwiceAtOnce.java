package kz.koshi;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same event delivered twice at once, as when a starting node republishes a publication another node is running
 * (issue 18): each delivery in its own transaction, as an {@code @ApplicationModuleListener} runs; the second starts once
 * the first has done its work and before the first commits, so on PostgreSQL it waits on the first's keys. Any
 * exception of either delivery is rethrown.
 */
public final class TwiceAtOnce {

    private TwiceAtOnce() {
    }

    /** The listener bean without its proxies: called directly, neither {@code @Async} nor its own transaction applies. */
    public static <T> T target(T bean) {
        return AopTestUtils.getUltimateTargetObject(bean);
    }

    public static void deliver(PlatformTransactionManager transactions, Runnable delivery) throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            Future<?> first = nodes.submit(() -> tx.executeWithoutResult(t -> {
                delivery.run();
                firstDone.countDown();
                awaitQuietly(secondStarted);
                sleepQuietly(300); // the second delivery reaches the first's uncommitted rows
            }));
            Future<?> second = nodes.submit(() -> {
                awaitQuietly(firstDone);
                secondStarted.countDown();
                tx.executeWithoutResult(t -> delivery.run());
            });
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
