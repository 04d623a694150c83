package kz.koshi.recruitment;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Public licence checks per address and minute (page and API together, {@code koshi.recruitment.public-checks-per-minute}),
 * so the register cannot be harvested quickly. Counted in this node's memory: behind a load balancer each node counts
 * its own share (docs/recruitment.md). At most 10,000 addresses per minute are told apart; beyond, all share one count.
 */
@Component
public class PublicCheckLimit {

    private static final int MAX_ADDRESSES = 10_000;

    private final RecruitmentProperties properties;
    private final Clock clock;
    private volatile long minute = -1;
    private volatile ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    PublicCheckLimit(RecruitmentProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one check from {@code address}; refused (429) beyond the limit. */
    public void count(String address) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            synchronized (this) {
                if (now != minute) {
                    counts = new ConcurrentHashMap<>();
                    minute = now;
                }
            }
        }
        String key = counts.size() >= MAX_ADDRESSES && !counts.containsKey(address) ? "*" : String.valueOf(address);
        if (counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > properties.publicChecksPerMinute()) {
            throw new DomainProblem(ProblemType.TOO_MANY_REQUESTS, "recruitment.public.too-many");
        }
    }
}
