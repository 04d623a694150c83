package kz.koshi.protection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.protection.Permissions.SUPERVISOR;
import static kz.koshi.protection.Permissions.WRITE;

/** Special social services: admission (with eligibility), the plan, services delivered and extensions. */
@Service
@Transactional
public class SpecialSocialServices {

    private final ServicePeriods periods;

    SpecialSocialServices(ServicePeriods periods) {
        this.periods = periods;
    }

    @PreAuthorize(WRITE)
    public void admit(long caseId, Admission admission) {
        periods.admit(caseId, admission);
    }

    @PreAuthorize(WRITE)
    public void setPlan(long caseId, PlanChange plan) {
        periods.plan(caseId, plan);
    }

    @PreAuthorize(WRITE)
    public void logService(long caseId, ServiceDelivery delivery) {
        periods.deliver(caseId, delivery);
    }

    @PreAuthorize(WRITE)
    public long requestExtension(long caseId, ExtensionRequest request) {
        return periods.requestExtension(caseId, request);
    }

    /** Only a supervisor, a person, approves: agency systems cannot. */
    @PreAuthorize(SUPERVISOR)
    public void decideExtension(long extensionId, boolean approve) {
        periods.decideExtension(extensionId, approve);
    }
}
