package kz.koshi.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

import kz.koshi.shared.CurrentActor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail. {@link #record} joins the caller's transaction, so an action
 * and its audit entry commit together or not at all; {@link #recordSeparately} commits on its own, for
 * refusals and security events that must stay on record although the action did not happen. Inside a request's
 * transaction it is written when the request ends ({@link DeferredEntries}), so no request holds two connections.
 * <p>
 * Entries are gathered during the transaction and chained just before it commits ({@link ChainAppender}),
 * so the head of the chain is locked only for the commit itself, not for the whole action.
 */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;
    /** This trail through its transactional proxy, for the entry written in a transaction of its own. */
    private final AuditTrail self;

    AuditTrail(AuditEntries entries, Clock clock, @Lazy AuditTrail self) {
        this.entries = entries;
        this.clock = clock;
        this.self = self;
    }

    @Transactional
    public void record(AuditEvent event) {
        append(event, CurrentActor.name(), CurrentActor.agencyCode());
    }

    /** Many events of one action (a batch, a sweep), in this order, in the caller's transaction. */
    @Transactional
    public void recordAll(Collection<AuditEvent> events) {
        String actor = truncate(CurrentActor.name(), 100);
        String agency = CurrentActor.agencyCode();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ChainAppender appender = ChainAppender.ofCurrentTransaction(entries);
        events.forEach(event -> appender.add(new ChainAppender.Pending(now, actor, agency, event)));
    }

    public void recordSeparately(AuditEvent event) {
        recordSeparately(event, CurrentActor.name(), CurrentActor.agencyCode());
    }

    /**
     * An event whose actor is named explicitly (a refused token, a failed sign-in), in the caller's
     * transaction if there is one, else in its own: it never needs a second connection while the caller
     * holds one.
     */
    @Transactional
    public void recordAs(AuditEvent event, String actor, String agencyCode) {
        append(event, actor, agencyCode);
    }

    /** For events where no one is signed in yet, such as a failed login: the actor is named explicitly. */
    public void recordSeparately(AuditEvent event, String actor, String agencyCode) {
        DeferredEntries deferred = DeferredEntries.ofCurrentRequest();
        if (deferred != null) {
            deferred.add(new ChainAppender.Pending(now(), truncate(actor, 100), agencyCode, event));
        } else {
            self.inOwnTransaction(event, actor, agencyCode);
        }
    }

    /** Outside a request's transaction, one connection: a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void inOwnTransaction(AuditEvent event, String actor, String agencyCode) {
        append(event, actor, agencyCode);
    }

    /** Entries a request deferred, in the order they happened, once it holds no connection. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void writeDeferred(java.util.List<ChainAppender.Pending> deferred) {
        ChainAppender appender = ChainAppender.ofCurrentTransaction(entries);
        deferred.forEach(appender::add);
    }

    private void append(AuditEvent event, String actor, String agencyCode) {
        ChainAppender.ofCurrentTransaction(entries).add(new ChainAppender.Pending(now(), truncate(actor, 100), agencyCode, event));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncate(String text, int max) {
        return text == null ? "unknown" : text.substring(0, Math.min(text.length(), max));
    }
}
