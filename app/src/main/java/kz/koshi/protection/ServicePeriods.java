package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.protection.rules.EligibilityRules;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.protection.rules.RuleBroken;
import kz.koshi.protection.rules.ServicePeriod;
import kz.koshi.protection.rules.ServicePeriodRules;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** Special social services: admission, the plan, services delivered, extensions and their approval. */
@Component
class ServicePeriods {

    private final CaseAccess caseAccess;
    private final CaseRepository cases;
    private final CentreRepository centres;
    private final ServiceRepository services;
    private final ServicePeriodRules rules;
    private final EligibilityRules eligibility;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final SuspensionNotices suspensions;
    private final StatisticsNotices statistics;
    private final Clock clock;

    ServicePeriods(CaseAccess caseAccess, CaseRepository cases, CentreRepository centres, ServiceRepository services,
                   ServicePeriodRules rules, EligibilityRules eligibility, Timeline timeline, AuditTrail audit,
                   SuspensionNotices suspensions, StatisticsNotices statistics, Clock clock) {
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.centres = centres;
        this.services = services;
        this.rules = rules;
        this.eligibility = eligibility;
        this.timeline = timeline;
        this.audit = audit;
        this.suspensions = suspensions;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Admission at the centre that accepted the referral, if the person is eligible and it has a free place. */
    void admit(long caseId, Admission a) {
        CaseRow c = caseAccess.write(caseId);
        CaseOps.requireMove(c, CaseStatus.IN_SERVICE);
        ResidenceCategory residence = residence(c, a);
        guarded(() -> {
            eligibility.checkAdmission(residence, a.admittedOn());
            return null;
        });
        CentreRepository.Places places = centres.find(c.ownerAgency())
                .orElseThrow(() -> new DomainProblem(ProblemType.CONFLICT, "protection.admission.not-accepted"));
        if (cases.occupancy(places.agencyCode()) >= places.capacity()) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "admittedOn", "protection.referral.centre-full");
        }
        ServicePeriod period = guarded(() -> rules.admit(a.admittedOn()));
        cases.admit(caseId, places.agencyCode(), period.admittedOn(), period.endsOn(), residence);
        suspensions.servicesRun(c, period.admittedOn(), period.endsOn());
        statistics.admitted(c, period.admittedOn(), period.endsOn(), places.agencyCode());
        timeline.record(caseId, "ADMITTED", period.endsOn());
        audit.record(AuditEvent.success("CASE_ADMITTED", "protection_case", caseId));
    }

    /** A citizen is a citizen; anyone else must say which residence they hold. */
    private static ResidenceCategory residence(CaseRow c, Admission a) {
        if (!c.foreign()) {
            if (a.residence() != null && a.residence() != ResidenceCategory.CITIZEN) {
                throw new DomainProblem(ProblemType.VALIDATION, "residence", "protection.admission.residence-citizen");
            }
            return ResidenceCategory.CITIZEN;
        }
        if (a.residence() == null || a.residence() == ResidenceCategory.CITIZEN) {
            throw new DomainProblem(ProblemType.VALIDATION, "residence", "protection.admission.residence-required");
        }
        return a.residence();
    }

    void plan(long caseId, PlanChange p) {
        CaseOps.requireStatus(caseAccess.write(caseId), CaseStatus.IN_SERVICE);
        services.replacePlan(caseId, p.services());
        timeline.record(caseId, "PLAN_SET", ScreeningRepository.codes(p.services()));
        audit.record(AuditEvent.success("SERVICE_PLAN_SET", "protection_case", caseId));
    }

    void deliver(long caseId, ServiceDelivery d) {
        CaseRow c = caseAccess.write(caseId);
        CaseOps.requireStatus(c, CaseStatus.IN_SERVICE);
        if (!services.plan(caseId).contains(d.serviceType())) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "serviceType", "protection.service.not-in-plan");
        }
        guarded(() -> {
            rules.checkDelivery(c.servicePeriod(), d.deliveredOn(), LocalDate.now(clock));
            return null;
        });
        services.deliver(caseId, d, Actor.current().name(), clock.instant());
        timeline.record(caseId, "SERVICE_DELIVERED", d.serviceType());
        audit.record(AuditEvent.success("SERVICE_DELIVERED", "protection_case", caseId));
    }

    long requestExtension(long caseId, ExtensionRequest e) {
        CaseRow c = caseAccess.write(caseId);
        CaseOps.requireStatus(c, CaseStatus.IN_SERVICE);
        guarded(() -> rules.extend(c.servicePeriod(), e.reason(), e.until()));
        if (services.extensionPending(caseId)) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.extension.already-pending");
        }
        long id = services.requestExtension(caseId, e, Actor.current().name(), clock.instant());
        timeline.record(caseId, "EXTENSION_REQUESTED", e.reason());
        audit.record(AuditEvent.success("EXTENSION_REQUESTED", "protection_case", caseId).because(AuditReason.of("extension", ReasonArg.id(id))));
        return id;
    }

    /** A supervisor of the agency holding the case approves (the rules are checked again) or rejects. */
    void decideExtension(long extensionId, boolean approve) {
        Actor actor = Actor.current();
        ServiceRepository.ExtensionRow row = services.extension(extensionId).orElse(null);
        CaseRow c = row == null ? null : cases.find(row.caseId()).filter(x -> actor.supervisorOf(x.ownerAgency())).orElse(null);
        if (c == null) {
            throw caseAccess.denied("extension " + extensionId, "EXTENSION_DECISION_DENIED");
        }
        if (row.extension().status() != ExtensionStatus.PENDING) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.extension.decided");
        }
        if (approve) {
            CaseOps.requireStatus(c, CaseStatus.IN_SERVICE);
            ServicePeriod extended = guarded(() -> rules.extend(c.servicePeriod(), row.extension().reason(), row.extension().until()));
            cases.extendPeriod(c.id(), extended.endsOn());
            suspensions.servicesRun(c, extended.admittedOn(), extended.endsOn());
            statistics.extended(c, extensionId, extended.endsOn(), row.extension().reason().name());
        }
        services.decideExtension(extensionId, approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED, actor.name(),
                clock.instant());
        timeline.record(c.id(), approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", row.extension().until());
        audit.record(AuditEvent.success(approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", "protection_case", c.id())
                .because(AuditReason.of("extension", ReasonArg.id(extensionId))));
    }

    private static <T> T guarded(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (RuleBroken broken) {
            throw CaseOps.problem(broken);
        }
    }
}
