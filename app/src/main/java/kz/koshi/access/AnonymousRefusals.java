package kz.koshi.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.AddressHash;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refusals of callers who name no one (no token, an unknown token, a forged form, a throttled sign-in):
 * there is no actor to record, and one entry per request would let an anonymous loop flood the trail. They
 * are counted in the database per window, source address and kind, and each closed window's count becomes
 * one audit entry (actor {@value #ACTOR}, subject type {@value #SUBJECT_TYPE}). The address is personal data:
 * the table and the entry keep only its keyed hash ({@link AddressHash}; docs/decisions/0009). Past
 * {@code maxRefusalSources} addresses in a window, further addresses share one count ({@value #OTHER_SOURCES}),
 * so the trail gets at most that many entries per kind and window whatever the caller does.
 */
@Service
class AnonymousRefusals {

    static final String ACTOR = "(anonymous)";
    static final String OTHER_SOURCES = "(other addresses)";
    static final String SUBJECT_TYPE = "source_address_hash";

    record Tally(Instant windowStart, String addressHash, RefusalKind kind, String firstRequest, int refusals) {
    }

    private final JdbcClient jdbc;
    private final AddressHash addresses;
    private final AuditTrail audit;
    private final SecurityProperties properties;
    private final Clock clock;

    AnonymousRefusals(JdbcClient jdbc, AddressHash addresses, AuditTrail audit, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one refusal. Deliberately not transactional: each statement commits on its own, one pooled
     * connection at a time, and a concurrent first insert is answered by counting again.
     */
    void count(RefusalKind kind, HttpServletRequest request) {
        Instant window = properties.refusalWindowStart(clock.instant());
        String source = addresses.of(request.getRemoteAddr());
        if (increment(window, source, kind) > 0) {
            return;
        }
        String bucket = sources(window) >= properties.maxRefusalSources() ? OTHER_SOURCES : source;
        if (increment(window, bucket, kind) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into anonymous_refusal (window_start, address_hash, kind, first_request, refusals) values (?, ?, ?, ?, 1)")
                    .params(utc(window), bucket, kind.name(), truncate(request.getMethod() + " " + request.getRequestURI(), 200))
                    .update();
        } catch (DuplicateKeyException raced) {
            increment(window, bucket, kind);
        }
    }

    /** Every minute (by default), on one node at a time: the counts of closed windows go to the audit trail. */
    @Scheduled(fixedDelayString = "${koshi.security.refusal-summary-every:1m}", initialDelayString = "1m")
    @SchedulerLock(name = "access.refusal-summary", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    @Transactional
    public void summariseOnSchedule() {
        summariseClosedWindows();
    }

    /** The counts of windows closed by now go to the audit trail. */
    @Transactional
    public void summariseClosedWindows() {
        summariseBefore(properties.refusalWindowStart(clock.instant()));
    }

    /** Writes one audit entry per count of a window that started before {@code cutoff}; returns how many. */
    @Transactional
    public int summariseBefore(Instant cutoff) {
        List<Tally> closed = jdbc.sql("""
                select window_start, address_hash, kind, first_request, refusals from anonymous_refusal
                where window_start < ? order by window_start, kind, address_hash fetch first 1000 rows only""")
                .param(utc(cutoff))
                .query((rs, n) -> new Tally(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        RefusalKind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5)))
                .list();
        int written = 0;
        for (Tally tally : closed) {
            // Only the node whose delete takes the row writes its entry; a count still growing waits for the next run.
            int taken = jdbc.sql("""
                    delete from anonymous_refusal
                    where window_start = ? and address_hash = ? and kind = ? and refusals = ?""")
                    .params(utc(tally.windowStart()), tally.addressHash(), tally.kind().name(), tally.refusals()).update();
            if (taken == 1) {
                audit.recordAs(entryOf(tally), ACTOR, null);
                written++;
            }
        }
        return written;
    }

    private AuditEvent entryOf(Tally tally) {
        Instant end = tally.windowStart().plus(properties.refusalWindow());
        return new AuditEvent(tally.kind().name(), SUBJECT_TYPE, tally.addressHash(),
                AuditReason.of("anonymous-refusals", ReasonArg.number(tally.refusals()), ReasonArg.time(tally.windowStart()),
                        ReasonArg.time(end), ReasonArg.id(tally.firstRequest())),
                AuditOutcome.DENIED);
    }

    private int increment(Instant window, String source, RefusalKind kind) {
        return jdbc.sql("update anonymous_refusal set refusals = refusals + 1 where window_start = ? and address_hash = ? and kind = ?")
                .params(utc(window), source, kind.name()).update();
    }

    private long sources(Instant window) {
        return jdbc.sql("select count(distinct address_hash) from anonymous_refusal where window_start = ?")
                .param(utc(window)).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        String value = text == null ? "unknown" : text;
        return value.substring(0, Math.min(value.length(), max));
    }
}
