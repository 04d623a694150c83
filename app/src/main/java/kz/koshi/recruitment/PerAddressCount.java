package kz.koshi.recruitment;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Requests per address and fixed window for the public site (the licence check, complaints), counted in this node's
 * memory: behind a load balancer each node counts its own share. At most 10,000 addresses per window are told apart;
 * beyond, all share one count.
 */
public final class PerAddressCount {

    private static final int MAX_ADDRESSES = 10_000;

    private final long windowMillis;
    private final IntSupplier limit;
    private final Clock clock;
    private volatile long window = -1;
    private volatile ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public PerAddressCount(Duration window, IntSupplier limit, Clock clock) {
        this.windowMillis = window.toMillis();
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one request from {@code address}; true when it is beyond the limit of its window. */
    public boolean beyondLimit(String address) {
        long now = clock.millis() / windowMillis;
        if (now != window) {
            synchronized (this) {
                if (now != window) {
                    counts = new ConcurrentHashMap<>();
                    window = now;
                }
            }
        }
        String key = counts.size() >= MAX_ADDRESSES && !counts.containsKey(address) ? "*" : String.valueOf(address);
        return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > limit.getAsInt();
    }
}
