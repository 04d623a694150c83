package kz.koshi.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import kz.koshi.shared.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail. {@link #record} joins the caller's transaction, so an action
 * and its audit entry commit together or not at all; {@link #recordSeparately} commits on its own, for
 * refusals and security events that must stay on record although the action did not happen.
 */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public AuditEntry record(AuditEvent event) {
        return append(event, CurrentActor.name(), CurrentActor.agencyCode());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordSeparately(AuditEvent event) {
        return append(event, CurrentActor.name(), CurrentActor.agencyCode());
    }

    /** For events where no one is signed in yet, such as a failed login: the actor is named explicitly. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordSeparately(AuditEvent event, String actor, String agencyCode) {
        return append(event, actor, agencyCode);
    }

    private AuditEntry append(AuditEvent event, String actor, String agencyCode) {
        AuditEntries.Head head = entries.lockHead();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsealed = new AuditEntry(head.lastId() + 1, now, truncate(actor, 100), agencyCode, event.action(),
                event.subjectType(), event.subjectId(), event.reason(), event.outcome(), head.lastHash(), null);
        AuditEntry sealed = new AuditEntry(unsealed.id(), now, unsealed.actor(), agencyCode, event.action(),
                event.subjectType(), event.subjectId(), event.reason(), event.outcome(), head.lastHash(),
                AuditHash.of(unsealed));
        entries.append(sealed);
        return sealed;
    }

    private static String truncate(String text, int max) {
        return text == null ? "unknown" : text.substring(0, Math.min(text.length(), max));
    }
}
