package kz.koshi.protection;

import java.util.List;

import kz.koshi.access.Colleague;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.protection.Permissions.SUPERVISOR;

/** The supervisor's side: what waits for a decision, break-the-glass grants, who works on which case. */
@Service
@Transactional
public class CaseSupervision {

    /** A supervisor (a person) or the agency's own system acting for its supervisors. */
    private static final String SUPERVISE = SUPERVISOR + " or hasAuthority('SCOPE_protection:supervise')";

    private final ServiceRepository services;
    private final ReferralRepository referrals;
    private final Glass glass;
    private final Assignments assignments;

    CaseSupervision(ServiceRepository services, ReferralRepository referrals, Glass glass, Assignments assignments) {
        this.services = services;
        this.referrals = referrals;
        this.glass = glass;
        this.assignments = assignments;
    }

    @PreAuthorize(SUPERVISOR)
    public SupervisorReport supervisorReport() {
        String agency = Actor.current().agencyCode();
        return new SupervisorReport(services.pendingIn(agency), referrals.pendingTo(agency), glass.report(agency),
                assignments.workload(agency));
    }

    /** The social workers of the caller's agency, to whom its cases may be assigned. */
    @Transactional(readOnly = true)
    @PreAuthorize(SUPERVISE)
    public List<Colleague> team() {
        return assignments.team(Actor.current().agencyCode());
    }

    /** Reassigns a case among the agency's social workers, with a reason; only for the agency holding it. */
    @PreAuthorize(SUPERVISE)
    public void reassign(long caseId, Reassignment reassignment) {
        assignments.reassign(caseId, reassignment);
    }
}
