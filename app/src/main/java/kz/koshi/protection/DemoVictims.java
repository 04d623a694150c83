package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Set;

import kz.koshi.protection.rules.ExtensionReason;
import org.springframework.stereotype.Component;

/**
 * Makes the demo's year of presumed victims ({@link DemoVictimPlan}) through protection's own services, as the demo's
 * Astana crisis centre worker (the supervisor approves the extensions), so every rule, audit entry and event applies:
 * screening, referral with consent (a child's by the legal representative), acceptance, admission, outcomes, closure.
 */
@Component
class DemoVictims {

    private static final String CENTRE = "CRISIS-KZ-71";
    private static final Set<ServiceType> NEEDS = Set.of(ServiceType.SOCIAL_EVERYDAY, ServiceType.PSYCHOLOGICAL, ServiceType.LEGAL);

    private final CaseManagement cases;
    private final ReferralMechanism referrals;
    private final SpecialSocialServices services;

    DemoVictims(CaseManagement cases, ReferralMechanism referrals, SpecialSocialServices services) {
        this.cases = cases;
        this.referrals = referrals;
        this.services = services;
    }

    /** As the worker; returns the extensions requested, for the supervisor to approve. */
    java.util.List<Long> make(LocalDate today) {
        java.util.List<Long> extensions = new java.util.ArrayList<>();
        for (DemoVictim v : new DemoVictimPlan(171, today).victims()) {
            long id = screen(v);
            if (v.served()) {
                serve(id, v, today).ifPresent(extensions::add);
            }
        }
        return extensions;
    }

    void approve(java.util.List<Long> extensions) {
        extensions.forEach(id -> services.decideExtension(id, true));
    }

    private long screen(DemoVictim v) {
        return cases.screen(new NewScreening(v.pathway(), v.exploitation(), !"KAZ".equals(v.citizenship()),
                Set.of(Indicator.DOCUMENTS_CONFISCATED, Indicator.WAGES_WITHHELD), true,
                "Демо: удерживали документы, не платили за работу.", null, v.givenName(), null, v.birthDate(), v.sex(),
                v.citizenship(), null, v.regionCode(), null)).caseId();
    }

    private java.util.Optional<Long> serve(long id, DemoVictim v, LocalDate today) {
        NewReferral referral = v.child(today) ? new NewReferral(CENTRE, NEEDS, true, "Законный представитель", RepresentativeRelation.PARENT)
                : NewReferral.ownConsent(CENTRE, NEEDS);
        referrals.decideReferral(referrals.refer(id, referral), new ReferralDecision(true, null));
        services.admit(id, new Admission(v.admittedOn(), v.residence()));
        v.outcomes().forEach(o -> cases.recordOutcome(id, o));
        if (v.closedOn() != null) {
            cases.close(id, new Closure(v.closure(), v.closedOn()));
        }
        return v.extended() ? java.util.Optional.of(services.requestExtension(id,
                new ExtensionRequest(ExtensionReason.CRIMINAL_PROCEEDINGS, v.admittedOn().plusMonths(9)))) : java.util.Optional.empty();
    }
}
