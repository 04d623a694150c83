package kz.koshi.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import kz.koshi.access.Role;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.protection.rules.ChildRule;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * The national referral mechanism: a referral to a crisis centre with places, the provider's decision,
 * and on acceptance the hand-over of the whole case to the provider.
 */
@Component
class Referrals {

    private final CaseAccess caseAccess;
    private final CaseRepository cases;
    private final ReferralRepository referrals;
    private final CentreRepository centres;
    private final AccessRepository access;
    private final NoteCipher cipher;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    Referrals(CaseAccess caseAccess, CaseRepository cases, ReferralRepository referrals, CentreRepository centres,
              AccessRepository access, NoteCipher cipher, Timeline timeline, AuditTrail audit, Clock clock) {
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.referrals = referrals;
        this.centres = centres;
        this.access = access;
        this.cipher = cipher;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    long refer(long caseId, NewReferral r) {
        CaseRow c = caseAccess.write(caseId);
        CaseOps.requireMove(c, CaseStatus.REFERRED);
        if (referrals.pending(caseId)) {
            throw new DomainProblem(ProblemType.CONFLICT, "toAgency", "protection.referral.already-pending");
        }
        CentreRepository.Places places = centres.find(r.toAgency())
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "toAgency", "protection.referral.not-a-centre"));
        if (!places.services().containsAll(r.needs())) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "needs", "protection.referral.needs-not-offered");
        }
        if (cases.occupancy(places.agencyCode()) >= places.capacity()) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "toAgency", "protection.referral.centre-full");
        }
        String representative = consentOf(c, r);
        long id = referrals.insert(caseId, c.ownerAgency(), r, representative == null ? null : cipher.encrypt(representative),
                Actor.current().name(), clock.instant());
        cases.setStatus(caseId, CaseStatus.REFERRED);
        timeline.record(caseId, "REFERRED", r.toAgency());
        audit.record(AuditEvent.success("CASE_REFERRED", "protection_case", caseId).because(AuditReason.of("referral", ReasonArg.id(id))));
        return id;
    }

    /**
     * A child's consent is the legal representative's, named with their relation (returned); an adult
     * consents for themselves and no representative is taken (null). Age is counted on the day of the referral.
     */
    private String consentOf(CaseRow c, NewReferral r) {
        if (!ChildRule.isChild(c.birthDate(), LocalDate.now(clock))) {
            if (r.representativeNamed() || r.representativeRelation() != null) {
                throw new DomainProblem(ProblemType.VALIDATION, "representativeName", "protection.referral.own-consent");
            }
            return null;
        }
        if (!r.representativeNamed()) {
            throw new DomainProblem(ProblemType.VALIDATION, "representativeName", "protection.referral.representative-required");
        }
        if (r.representativeRelation() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "representativeRelation", "protection.referral.relation-required");
        }
        return r.representativeName().strip();
    }

    void decide(long referralId, ReferralDecision d) {
        ReferralRepository.Row row = referrals.find(referralId)
                .filter(r -> receiver(r.referral().toAgency()))
                .orElseThrow(() -> caseAccess.denied("referral " + referralId, "REFERRAL_DECISION_DENIED"));
        if (!d.accept() && d.reason() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "reason", "protection.referral.reason-required");
        }
        if (row.referral().status() != ReferralStatus.PENDING) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.referral.decided");
        }
        Actor actor = Actor.current();
        Instant now = clock.instant();
        long caseId = row.caseId();
        if (d.accept()) {
            referrals.decide(referralId, ReferralStatus.ACCEPTED, null, actor.name(), now);
            cases.setOwner(caseId, row.referral().toAgency());
            access.unassignAll(caseId);
            if (actor.officer() && actor.has(Role.SOCIAL_WORKER)) {
                access.assign(caseId, actor.officerId(), now);
            }
            timeline.record(caseId, "HANDED_OVER", row.referral().fromAgency() + " -> " + row.referral().toAgency());
        } else {
            referrals.decide(referralId, ReferralStatus.DECLINED, d.reason(), actor.name(), now);
            cases.setStatus(caseId, CaseStatus.OPEN);
            timeline.record(caseId, "REFERRAL_DECLINED", d.reason());
        }
        audit.record(AuditEvent.success(d.accept() ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED", "protection_case", caseId)
                .because(AuditReason.of("referral", ReasonArg.id(referralId))));
    }

    /** Only the receiving provider decides: its social workers and supervisors, or its system. */
    private boolean receiver(String toAgency) {
        Actor a = Actor.current();
        boolean sameAgency = toAgency.equals(a.agencyCode());
        return sameAgency && (a.officer() ? a.has(Role.SOCIAL_WORKER) || a.has(Role.CASE_SUPERVISOR) : a.hasScope("protection:write"));
    }
}
