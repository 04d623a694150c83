package kz.koshi.reporting.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reporting.Projection;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the statistics' read model from scratch (issue 17): empties every {@link Projection} and delivers again,
 * in publication order, every event the publication registry recorded for the projections' listeners. One transaction:
 * readers see the old counts until the new ones commit, and a failed replay leaves the old ones. One rebuild at a time
 * across nodes (the lock row): another request meanwhile is refused as a conflict, not queued. For the administrator, on the admin page or through the API (scope reporting:rebuild).
 */
@Service
public class ReadModelRebuild {

    static final String REBUILDERS = "hasRole('ADMIN') or hasAuthority('SCOPE_reporting:rebuild')";

    private final ProjectionListeners listeners;
    private final RecordedEvents recorded;
    private final EventSerializer serializer;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReadModelRebuild(ProjectionListeners listeners, RecordedEvents recorded, EventSerializer serializer, JdbcClient jdbc,
                     AuditTrail audit, Clock clock) {
        this.listeners = listeners;
        this.recorded = recorded;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(REBUILDERS)
    public Rebuilt rebuild(String requestedBy) {
        if (jdbc.sql("select id from reporting_rebuild_lock where id = 1 for update skip locked").query(Integer.class).list().isEmpty()) {
            throw new DomainProblem(ProblemType.CONFLICT, "reporting.rebuild.running");
        }
        Instant started = clock.instant();
        listeners.projections().forEach(Projection::clear);
        long events = recorded.forEach(listeners.byId().keySet(), r -> {
            ProjectionListener listener = listeners.byId().get(r.listenerId());
            listener.deliver(serializer.deserialize(r.serialized(), listener.eventType()));
        });
        Rebuilt rebuilt = new Rebuilt(requestedBy, started, clock.instant(), events);
        jdbc.sql("insert into reporting_rebuild (requested_by, started_at, finished_at, events) values (?, ?, ?, ?)")
                .params(requestedBy, started.atOffset(ZoneOffset.UTC), rebuilt.finishedAt().atOffset(ZoneOffset.UTC), events).update();
        audit.record(AuditEvent.success("READ_MODEL_REBUILT", "reporting_read_model", null)
                .because(AuditReason.of("read-model-rebuilt", ReasonArg.number(events))));
        return rebuilt;
    }

    /** The latest rebuild, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(REBUILDERS)
    public Optional<Rebuilt> latest() {
        List<Rebuilt> last = jdbc.sql("select requested_by, started_at, finished_at, events from reporting_rebuild order by id desc fetch first 1 rows only")
                .query((rs, n) -> new Rebuilt(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getLong(4))).list();
        return last.stream().findFirst();
    }
}
