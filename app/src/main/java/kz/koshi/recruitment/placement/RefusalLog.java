package kz.koshi.recruitment.placement;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.recruitment.PlacementRefusal;
import kz.koshi.recruitment.PlacementRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A refused placement leaves no placement behind, but its refusal is audited and published in a transaction of its own. */
@Component
class RefusalLog {

    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    RefusalLog(ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String agencyCode, List<Refusal> refusals, String countryCode) {
        EnumSet<PlacementRefusal> reasons = refusals.stream().map(Refusal::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlacementRefusal.class)));
        audit.record(AuditEvent.success("PLACEMENT_REFUSED", "recruitment_placement", null).because(AuditReason.of("placement-refused", ReasonArg.labels("recruitment.placement.refused.", reasons))));
        events.publishEvent(new PlacementRefused(agencyCode, reasons, countryCode, clock.instant()));
    }
}
