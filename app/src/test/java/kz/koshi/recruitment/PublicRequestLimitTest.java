package kz.koshi.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.AddressHash;
import kz.koshi.shared.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site's per-address limits are counted in the database (issue 18): a burst of concurrent requests from one
 * address gets exactly the limit through, the address is stored only as a keyed hash, and closed windows are swept.
 * Across two nodes on one PostgreSQL: TwoNodesTest.
 */
@DatabaseTest
class PublicRequestLimitTest {

    static final int LIMIT = 30; // koshi.recruitment.public-checks-per-minute

    @Autowired
    PublicCheckLimit checks;
    @Autowired
    AddressCounts counts;
    @Autowired
    AddressHash addresses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstOfConcurrentChecksFromOneAddressGetsExactlyTheLimitThrough() throws Exception {
        String address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
        awayFromTheMinutesEnd();
        List<Boolean> answers = allAtOnce(3 * LIMIT, () -> {
            try {
                checks.count(address);
                return true;
            } catch (DomainProblem refused) {
                return false;
            }
        });
        assertThat(answers.stream().filter(ok -> ok)).as("checks let through").hasSize(LIMIT);
        assertThat(answers.stream().filter(ok -> !ok)).as("checks refused").hasSize(2 * LIMIT);
        assertThat(jdbc.sql("select requests from recruitment_address_count where limit_name = 'public-check' and address_hash = ?")
                .param(hashOf(address)).query(Integer.class).list()).as("the count stops at the limit").containsAnyOf(LIMIT);
    }

    @Test
    void theAddressIsStoredOnlyAsAKeyedHash() {
        String address = "198.51.100." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
        PerAddressCount limit = counts.limit("test-" + UUID.randomUUID().toString().substring(0, 8), Duration.ofMinutes(1), () -> 2);
        assertThat(limit.beyondLimit(address)).isFalse();
        assertThat(limit.beyondLimit(address)).isFalse();
        assertThat(limit.beyondLimit(address)).isTrue();
        assertThat(limit.beyondLimit(address + "0")).as("another address, its own count").isFalse();
        assertThat(jdbc.sql("select count(*) from recruitment_address_count where address_hash like ?").param("%" + address + "%")
                .query(Long.class).single()).isZero();
        String hash = hashOf(address);
        assertThat(hash).hasSize(64).isNotEqualTo(sha256(address));
    }

    @Test
    void closedWindowsAreSweptAndTheOpenOnesKept() {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant closed = Instant.now().minus(Duration.ofHours(2));
        jdbc.sql("""
                insert into recruitment_address_count (limit_name, address_hash, window_start, window_end, requests)
                values (?, 'closed', ?, ?, 3)""").params(name, closed.atOffset(ZoneOffset.UTC), closed.plusSeconds(60).atOffset(ZoneOffset.UTC))
                .update();
        PerAddressCount open = counts.limit(name, Duration.ofHours(1), () -> 5);
        open.beyondLimit("203.0.113.77");
        assertThat(counts.forgetClosedWindows()).isPositive();
        assertThat(jdbc.sql("select address_hash from recruitment_address_count where limit_name = ?").param(name).query(String.class).list())
                .as("the open window stays").hasSize(1).doesNotContain("closed");
    }

    /** The burst must fall in one window of a minute: it waits out the last seconds of the current one. */
    static void awayFromTheMinutesEnd() throws InterruptedException {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 50_000) {
            Thread.sleep(60_500 - intoMinute);
        }
    }

    private String hashOf(String address) {
        return addresses.of(address);
    }

    private static String sha256(String text) throws IllegalStateException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every call on its own thread, started together once all are ready. */
    static List<Boolean> allAtOnce(int n, java.util.concurrent.Callable<Boolean> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                sent.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> f : sent) {
                answers.add(f.get());
            }
            return answers;
        }
    }
}
