package kz.koshi.stay.violations;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.Consumer;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.RemovalSuspension;
import kz.koshi.stay.StayViews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The violation queue (issue 13): pages of it with the violators' names, the handling of a violation with its
 * administrative protocol, and exports. Whoever may read stay files reads the queue; a violation that arose while
 * removal was suspended is listed only for those who may know of a suspension ({@link RemovalSuspension}), and for
 * everyone else it does not exist, not even as "not found" versus "forbidden". Every page, read and export of
 * these names is audited, never with the names.
 */
@Service
@Transactional(readOnly = true)
public class ViolationDesk {

    /** Administrative protocols are the migration police's: their officers and their system (its police-only scope). */
    public static final String HANDLERS = "hasAuthority('SCOPE_expulsions:write') or hasRole('MIGRATION_OFFICER')";
    public static final int PAGE_SIZE = 50;

    private final ViolationQueue queue;
    private final RemovalSuspension suspension;
    private final AuditTrail audit;
    private final KazakhstanCalendar calendar;
    private final Clock clock;

    ViolationDesk(ViolationQueue queue, RemovalSuspension suspension, AuditTrail audit, KazakhstanCalendar calendar, Clock clock) {
        this.queue = queue;
        this.suspension = suspension;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(StayViews.READERS)
    public QueuePage page(QueueFilter filter, int size) {
        requirePeriod(filter);
        QueuePage page = queue.page(filter, suspension.shownToCaller(), size, calendar.zone());
        audit.record(AuditEvent.success("VIOLATION_QUEUE_VIEWED", "stay_violation", null)
                .because(AuditReason.of("queue-page", ReasonArg.number(page.page()), ReasonArg.number(page.rows().size()), ReasonArg.number(page.total()))));
        return page;
    }

    /** A violation as its handling form shows it; one the caller may not know of is not found. */
    @Transactional
    @PreAuthorize(HANDLERS)
    public QueueRow violation(long id) {
        QueueRow row = visible(id);
        audit.record(AuditEvent.success("VIOLATION_VIEWED", "stay_violation", id));
        return row;
    }

    private QueueRow visible(long id) {
        return queue.find(id, calendar.zone()).filter(r -> !r.suspended() || suspension.shownToCaller())
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "stay.violation.unknown"));
    }

    @Transactional
    @PreAuthorize(HANDLERS)
    public void handle(long id, Handling handling, String officer) {
        HandlingRules.check(visible(id), handling, calendar.today());
        if (!queue.handle(id, handling, officer, clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.violation.handled");
        }
        audit.record(AuditEvent.success("VIOLATION_HANDLED", "stay_violation", id).because(AuditReason.of("penalty", ReasonArg.label("stay.handling.penalty.", handling.penalty()))));
    }

    /**
     * Streams every row of the filter to {@code sink} in the filter's order, and audits the export (its row count, no
     * names), even when the download broke off.
     */
    @Transactional(noRollbackFor = UncheckedIOException.class)
    @PreAuthorize(StayViews.READERS)
    public long export(QueueFilter filter, String format, Consumer<QueueRow> sink) {
        requirePeriod(filter);
        long[] rows = {0};
        try {
            queue.forEach(filter, suspension.shownToCaller(), calendar.zone(), row -> {
                sink.accept(row);
                rows[0]++;
            });
        } finally {
            audit.record(AuditEvent.success("VIOLATIONS_EXPORTED", "stay_violation", null)
                    .because(AuditReason.of("rows-exported", ReasonArg.number(rows[0]))));
        }
        return rows[0];
    }

    private static void requirePeriod(QueueFilter filter) {
        if (filter.periodReversed()) {
            throw new DomainProblem(ProblemType.VALIDATION, "to", "stay.queue.period.reversed");
        }
    }
}
