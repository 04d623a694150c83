package kz.koshi.protection;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The crisis centres with their places, occupancy and services. A centre's supervisors (or its own system
 * with {@code protection:supervise}) keep its capacity and the services it offers; referrals are matched
 * against those services.
 */
@Component
class Centres {

    private final ReferenceData reference;
    private final CentreRepository centres;
    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    Centres(ReferenceData reference, CentreRepository centres, CaseRepository cases, CaseAccess caseAccess, AuditTrail audit,
            Clock clock) {
        this.reference = reference;
        this.centres = centres;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    List<CentreOccupancy> all() {
        return reference.crisisCentres().stream().flatMap(c -> centres.find(c.agencyCode()).stream()
                .map(p -> new CentreOccupancy(c.agencyCode(), c.name(), c.regionCode(), c.funding(), p.capacity(),
                        cases.occupancy(c.agencyCode()), p.services(), p.updatedBy(), p.updatedAt()))).toList();
    }

    /**
     * The centres that offer every service needed and have a free place, those in {@code region} first, then
     * those with more free places.
     */
    List<CentreOccupancy> matching(Set<ServiceType> needs, String region) {
        return all().stream().filter(c -> c.offers(needs) && !c.full())
                .sorted(Comparator.comparing((CentreOccupancy c) -> !c.regionCode().equals(region))
                        .thenComparing(Comparator.comparingLong(CentreOccupancy::free).reversed()))
                .toList();
    }

    void update(String agencyCode, CentreChange change) {
        Actor actor = Actor.current();
        if (!actor.supervises(agencyCode) || centres.find(agencyCode).isEmpty()) {
            throw caseAccess.denied("centre " + agencyCode, "CENTRE_UPDATE_DENIED");
        }
        centres.update(agencyCode, change, actor.name(), clock.instant());
        audit.record(AuditEvent.success("CENTRE_UPDATED", "crisis_centre", agencyCode)
                .because(AuditReason.of("centre-updated", ReasonArg.number(change.capacity()),
                        ReasonArg.labels("protection.service-type.", change.services().stream().sorted().toList()))));
    }
}
