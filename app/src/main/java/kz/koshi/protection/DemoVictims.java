package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import kz.koshi.protection.rules.ExtensionReason;
import kz.koshi.shared.DemoClock;
import org.springframework.stereotype.Component;

/**
 * Makes the demo's presumed victims of a period ({@link DemoVictimPlan}) through protection's own services, as the demo's
 * Astana crisis centre worker (the supervisor approves the extensions), so every rule, audit entry and event applies:
 * screening, referral with consent (a child's by the legal representative), acceptance, admission, a service,
 * outcomes, extension, closure. Each step is taken on its own day under the demo's clock ({@link DemoClock}): protection
 * dates a screening, an approval, an audit entry by its clock, so the case is identified on its day, not on start-up's.
 */
@Component
class DemoVictims {

    private static final String CENTRE = "CRISIS-KZ-71";
    private static final Set<ServiceType> NEEDS = Set.of(ServiceType.SOCIAL_EVERYDAY, ServiceType.PSYCHOLOGICAL, ServiceType.LEGAL);

    private final CaseManagement cases;
    private final ReferralMechanism referrals;
    private final SpecialSocialServices services;
    private final Clock clock;

    DemoVictims(CaseManagement cases, ReferralMechanism referrals, SpecialSocialServices services, Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.services = services;
        this.clock = clock;
    }

    /** One victim, made as the worker; an extension asked for is approved as the supervisor by {@code supervisor}. */
    void make(DemoVictim v, java.util.function.Consumer<Runnable> supervisor) {
        long id = on(v.identifiedOn(), () -> screen(v));
        if (!v.served()) {
            return;
        }
        on(v.admittedOn(), () -> admit(id, v));
        act(v.deliveredOn(), () -> services.logService(id, new ServiceDelivery(ServiceType.PSYCHOLOGICAL, v.deliveredOn())));
        List<NewOutcome> later = new ArrayList<>();
        for (NewOutcome o : v.outcomes()) {
            if (v.extended() && o.recordedOn().isAfter(v.extendedOn())) {
                later.add(o);
            } else {
                act(o.recordedOn(), () -> cases.recordOutcome(id, o));
            }
        }
        if (v.extended()) {
            long extension = on(v.extendedOn(), () -> services.requestExtension(id,
                    new ExtensionRequest(ExtensionReason.CRIMINAL_PROCEEDINGS, v.admittedOn().plusMonths(9))));
            supervisor.accept(() -> act(v.extendedOn(), () -> services.decideExtension(extension, true)));
        }
        later.forEach(o -> act(o.recordedOn(), () -> cases.recordOutcome(id, o)));
        if (v.closedOn() != null) {
            act(v.closedOn(), () -> cases.close(id, new Closure(v.closure(), v.closedOn())));
        }
    }

    private long screen(DemoVictim v) {
        return cases.screen(new NewScreening(v.pathway(), v.exploitation(), !"KAZ".equals(v.citizenship()),
                Set.of(Indicator.DOCUMENTS_CONFISCATED, Indicator.WAGES_WITHHELD), true,
                "Демо: удерживали документы, не платили за работу.", null, v.givenName(), null, v.birthDate(), v.sex(),
                v.citizenship(), null, v.regionCode(), null)).caseId();
    }

    private Void admit(long id, DemoVictim v) {
        NewReferral referral = v.child(v.admittedOn()) ? new NewReferral(CENTRE, NEEDS, true, "Законный представитель", RepresentativeRelation.PARENT)
                : NewReferral.ownConsent(CENTRE, NEEDS);
        referrals.decideReferral(referrals.refer(id, referral), new ReferralDecision(true, null));
        services.admit(id, new Admission(v.admittedOn(), v.residence()));
        services.setPlan(id, new PlanChange(NEEDS));
        return null;
    }

    private <T> T on(LocalDate day, Supplier<T> work) {
        return DemoClock.on(clock, day, work);
    }

    private void act(LocalDate day, Runnable work) {
        DemoClock.on(clock, day, () -> {
            work.run();
            return null;
        });
    }
}
