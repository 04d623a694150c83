package kz.koshi.protection;

import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** The crisis centres with their places and occupancy; a centre's supervisor keeps its capacity. */
@Component
class Centres {

    private final ReferenceData reference;
    private final CentreRepository centres;
    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;

    Centres(ReferenceData reference, CentreRepository centres, CaseRepository cases, CaseAccess caseAccess, AuditTrail audit) {
        this.reference = reference;
        this.centres = centres;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.audit = audit;
    }

    List<CentreOccupancy> all() {
        return reference.crisisCentres().stream().flatMap(c -> centres.find(c.agencyCode()).stream()
                .map(p -> new CentreOccupancy(c.agencyCode(), c.name(), c.regionCode(), c.funding(), p.capacity(),
                        cases.occupancy(c.agencyCode()), p.services()))).toList();
    }

    void setCapacity(String agencyCode, int capacity) {
        if (!Actor.current().supervisorOf(agencyCode) || centres.find(agencyCode).isEmpty()) {
            throw caseAccess.denied("centre " + agencyCode, "CENTRE_CAPACITY_DENIED");
        }
        if (capacity < 0) {
            throw new DomainProblem(ProblemType.VALIDATION, "capacity", "protection.centre.capacity-invalid");
        }
        centres.setCapacity(agencyCode, capacity);
        audit.record(AuditEvent.success("CENTRE_CAPACITY_SET", "crisis_centre", agencyCode).because(String.valueOf(capacity)));
    }
}
