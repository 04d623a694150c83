package kz.koshi.protection;

import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.Agency;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The career centre's side: requests for employment support in its region, and what became of them. */
@Service
@Transactional
public class EmploymentSupport {

    private final EmploymentRepository requests;
    private final ReferenceData reference;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;

    EmploymentSupport(EmploymentRepository requests, ReferenceData reference, CaseAccess caseAccess, AuditTrail audit) {
        this.requests = requests;
        this.reference = reference;
        this.caseAccess = caseAccess;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:read')")
    public List<EmploymentRequest> inMyRegion() {
        List<EmploymentRequest> list = requests.inRegion(region());
        audit.record(AuditEvent.success("EMPLOYMENT_REQUESTS_READ", "employment_request", null));
        return list;
    }

    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:write')")
    public void setStatus(long id, EmploymentRequestStatus status) {
        String region = region();
        requests.find(id).filter(r -> r.regionCode().equals(region))
                .orElseThrow(() -> caseAccess.denied("employment " + id, "EMPLOYMENT_REQUEST_DENIED"));
        requests.setStatus(id, status);
        audit.record(AuditEvent.success("EMPLOYMENT_REQUEST_UPDATED", "employment_request", id).because(status.name()));
    }

    private String region() {
        return reference.agency(Actor.current().agencyCode()).map(Agency::regionCode).orElse("-");
    }
}
