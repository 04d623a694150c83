package kz.koshi.recruitment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.IntSupplier;

import kz.koshi.shared.AddressHash;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public site's per-address counts (table {@code recruitment_address_count}): one row per limit, address (a keyed
 * hash, {@link AddressHash}) and fixed window, counted up by a conditional update that stops at the limit, so two nodes
 * (or two threads) answering the same address at once never let more than the limit through.
 */
@Component
public class AddressCounts {

    private final JdbcClient jdbc;
    private final AddressHash addresses;
    private final Clock clock;

    AddressCounts(JdbcClient jdbc, AddressHash addresses, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A limit of {@code limit} requests per address and {@code window}, named for its rows. */
    public PerAddressCount limit(String name, Duration window, IntSupplier limit) {
        return new PerAddressCount(name, window, limit, this);
    }

    /**
     * Counts one request unless the window already holds {@code limit}; false when refused. Deliberately not
     * transactional (callers hold no transaction): each statement commits on its own, and a concurrent first insert is
     * answered by counting again.
     */
    boolean counted(String name, String address, Duration window, int limit) {
        long length = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(clock.millis(), length) * length);
        String hash = addresses.of(address);
        if (limit < 1) {
            return false;
        }
        if (increment(name, hash, start, limit) > 0) {
            return true;
        }
        try {
            jdbc.sql("""
                    insert into recruitment_address_count (limit_name, address_hash, window_start, window_end, requests)
                    values (?, ?, ?, ?, 1)""").params(name, hash, utc(start), utc(start.plus(window))).update();
            return true;
        } catch (DuplicateKeyException raced) {
            return increment(name, hash, start, limit) > 0;
        }
    }

    @Scheduled(fixedDelayString = "${koshi.recruitment.address-counts-sweep:5m}", initialDelayString = "1m")
    @SchedulerLock(name = "recruitment.address-counts", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void forgetClosedWindowsOnSchedule() {
        forgetClosedWindows();
    }

    /** Closed windows are of no more use (a plain delete by age: harmless if two nodes ran it at once); returns how many. */
    @Transactional
    public int forgetClosedWindows() {
        return jdbc.sql("delete from recruitment_address_count where window_end <= ?").param(utc(clock.instant())).update();
    }

    private int increment(String name, String hash, Instant start, int limit) {
        return jdbc.sql("""
                update recruitment_address_count set requests = requests + 1
                where limit_name = ? and address_hash = ? and window_start = ? and requests < ?""")
                .params(name, hash, utc(start), limit).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
