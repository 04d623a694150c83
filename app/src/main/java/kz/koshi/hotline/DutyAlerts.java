package kz.koshi.hotline;

import java.time.Clock;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callers in danger, flagged to the police on duty (the migration police's officers, {@code koshi.hotline.duty-police}):
 * their home page polls the calls not yet acknowledged (time, region and class only, so the poll is not audited; opening
 * a call is), and an officer acknowledges each, audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('MIGRATION_OFFICER')")
public class DutyAlerts {

    private final RouteRepository routes;
    private final AuditTrail audit;
    private final Clock clock;

    DutyAlerts(RouteRepository routes, AuditTrail audit, Clock clock) {
        this.routes = routes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UrgentCall> waiting() {
        return routes.unacknowledged(CurrentActor.agencyCode());
    }

    public void acknowledge(long routeId) {
        if (!routes.acknowledge(routeId, CurrentActor.agencyCode(), CurrentActor.name(), clock.instant())) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "hotline.urgent.not-found");
        }
        audit.record(AuditEvent.success("HOTLINE_URGENT_ACKNOWLEDGED", "hotline_route", routeId));
    }
}
