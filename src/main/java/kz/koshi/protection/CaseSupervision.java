package kz.koshi.protection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.protection.Permissions.SUPERVISOR;

/** The supervisor's side: what waits for a decision, break-the-glass grants, who works on which case. */
@Service
@Transactional
public class CaseSupervision {

    private final ServiceRepository services;
    private final ReferralRepository referrals;
    private final Glass glass;

    CaseSupervision(ServiceRepository services, ReferralRepository referrals, Glass glass) {
        this.services = services;
        this.referrals = referrals;
        this.glass = glass;
    }

    @PreAuthorize(SUPERVISOR)
    public SupervisorReport supervisorReport() {
        String agency = Actor.current().agencyCode();
        return new SupervisorReport(services.pendingIn(agency), referrals.pendingTo(agency), glass.report(agency));
    }
}
