package kz.koshi.employment;

import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The career centre's side: requests for employment support in its region, and what became of them. */
@Service
@Transactional
public class EmploymentSupport {

    private final SupportRequests requests;
    private final ReferenceData reference;
    private final AuditTrail audit;

    EmploymentSupport(SupportRequests requests, ReferenceData reference, AuditTrail audit) {
        this.requests = requests;
        this.reference = reference;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:read')")
    public List<SupportRequest> inMyRegion() {
        List<SupportRequest> list = requests.inRegion(Referrer.current(reference).regionCode());
        audit.record(AuditEvent.success("EMPLOYMENT_REQUESTS_READ", "employment_request", null));
        return list;
    }

    /** One request of the career centre's region, audited; another region's is "not found", as one that does not exist. */
    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:read')")
    public SupportRequest request(long id) {
        String region = Referrer.current(reference).regionCode();
        SupportRequest found = requests.find(id).filter(r -> r.regionCode().equals(region)).orElse(null);
        if (found == null) {
            audit.recordSeparately(new AuditEvent("EMPLOYMENT_REQUEST_DENIED", "employment_request", String.valueOf(id),
                    null, AuditOutcome.DENIED));
            throw new DomainProblem(ProblemType.NOT_FOUND, "employment.request.not-found");
        }
        audit.record(AuditEvent.success("EMPLOYMENT_REQUEST_READ", "employment_request", id));
        return found;
    }

    /** The same refusal whether the request does not exist or is another region's. */
    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:write')")
    public void setStatus(long id, SupportRequestStatus status) {
        String region = Referrer.current(reference).regionCode();
        if (requests.find(id).filter(r -> r.regionCode().equals(region)).isEmpty()) {
            audit.recordSeparately(new AuditEvent("EMPLOYMENT_REQUEST_DENIED", "employment_request", String.valueOf(id),
                    null, AuditOutcome.DENIED));
            throw new AccessDeniedException("employment request not in the caller's region");
        }
        requests.setStatus(id, status);
        audit.record(AuditEvent.success("EMPLOYMENT_REQUEST_UPDATED", "employment_request", id).because(AuditReason.of("request-status", ReasonArg.label("employment.status.", status))));
    }
}
