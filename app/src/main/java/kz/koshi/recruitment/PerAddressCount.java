package kz.koshi.recruitment;

import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * One of the public site's limits (the licence check, complaints): requests per address and fixed window, counted in the
 * database ({@link AddressCounts}), so every node counts against the same limit. Made by {@link AddressCounts#limit}.
 */
public final class PerAddressCount {

    private final String name;
    private final Duration window;
    private final IntSupplier limit;
    private final AddressCounts counts;

    PerAddressCount(String name, Duration window, IntSupplier limit, AddressCounts counts) {
        this.name = name;
        this.window = window;
        this.limit = limit;
        this.counts = counts;
    }

    /** Counts one request from {@code address}; true when its window already holds the limit (then nothing is counted). */
    public boolean beyondLimit(String address) {
        return !counts.counted(name, address, window, limit.getAsInt());
    }
}
