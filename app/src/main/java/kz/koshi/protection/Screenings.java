package kz.koshi.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.protection.guardianship.ChildReferrals;
import kz.koshi.protection.rules.ChildRule;
import kz.koshi.protection.rules.Pseudonyms;
import kz.koshi.protection.rules.ReflectionPeriod;
import kz.koshi.protection.rules.ReflectionRules;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Screening and, for a presumed victim, the case with protection at once: a child is referred to the guardianship
 * authority of the child's region (rule V7, {@link ChildReferrals}), a foreigner enters the reflection period and {@code stay} is told (rule V5).
 */
@Component
class Screenings {

    private final ScreeningRepository screenings;
    private final ScreeningHandOver handOver;
    private final ReferralRepository referrals;
    private final CaseRepository cases;
    private final AccessRepository access;
    private final PersonRegistry persons;
    private final ReflectionRules reflection;
    private final ChildReferrals children;
    private final ReferenceData reference;
    private final NoteCipher cipher;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final StatisticsNotices statistics;
    private final Clock clock;

    Screenings(ScreeningRepository screenings, ScreeningHandOver handOver, ReferralRepository referrals, CaseRepository cases,
               AccessRepository access, PersonRegistry persons, ReflectionRules reflection, ChildReferrals children, ReferenceData reference,
               NoteCipher cipher, Timeline timeline, AuditTrail audit, ApplicationEventPublisher events, StatisticsNotices statistics,
               Clock clock) {
        this.screenings = screenings;
        this.handOver = handOver;
        this.referrals = referrals;
        this.cases = cases;
        this.access = access;
        this.persons = persons;
        this.reflection = reflection;
        this.children = children;
        this.reference = reference;
        this.cipher = cipher;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.statistics = statistics;
        this.clock = clock;
    }

    ScreeningResult screen(NewScreening s) {
        LocalDate today = LocalDate.now(clock);
        check(s, today);
        Actor actor = Actor.current();
        String centre = s.presumedVictim() ? handOver.centreFor(s, actor.agencyCode(), today).orElse(null) : null;
        Instant now = clock.instant();
        long screeningId = screenings.insert(s, actor.agencyCode(), actor.name(), now);
        // Resolved in this transaction: the person and the screening commit together.
        PersonRegistry.Resolved person = s.presumedVictim() ? persons.resolve(s) : null;
        audit.record(AuditEvent.success("SCREENING_RECORDED", "protection_screening", screeningId));
        if (person == null) {
            return new ScreeningResult(screeningId, null, null, null);
        }
        long caseId = open(s, screeningId, person, actor, centre == null ? actor.agencyCode() : centre, now, today);
        if (centre != null) {
            handOver(caseId, actor, centre, now);
        }
        return new ScreeningResult(screeningId, caseId, cases.find(caseId).orElseThrow().caseNumber(), centre);
    }

    /**
     * The case is the centre's from the start and waits among its incoming referrals, where a social worker accepts
     * it (and is assigned) or declines it back to the centre's supervisors; consent is asked there, not at the border.
     */
    private void handOver(long caseId, Actor actor, String centre, Instant now) {
        long referralId = referrals.insert(caseId, actor.agencyCode(), new NewReferral(centre, Set.of(), false, null, null),
                null, actor.name(), now);
        cases.setStatus(caseId, CaseStatus.REFERRED);
        timeline.record(caseId, "REFERRED", centre);
        audit.record(AuditEvent.success("CASE_HANDED_TO_CENTRE", "protection_case", caseId).because(AuditReason.of("referral", ReasonArg.id(referralId))));
    }

    private long open(NewScreening s, long screeningId, PersonRegistry.Resolved person, Actor actor, String holder,
                      Instant now, LocalDate today) {
        String personNumber = person.personNumber();
        boolean minor = ChildRule.isChild(s.birthDate(), today);
        long caseId = cases.insert(new CaseRow(0, "PENDING-" + screeningId, screeningId, personNumber, person.recordId(),
                Pseudonyms.next(),
                s.sex(), s.birthDate(), minor, s.citizenship(), s.regionCode(), cipher.encrypt(s.grounds()), CaseStatus.OPEN,
                holder, now, null, null, null, false, null, null, null, null, null, null, null));
        if (actor.officer() && holder.equals(actor.agencyCode())) {
            access.assign(caseId, actor.officerId(), now);
        }
        timeline.record(caseId, "OPENED", s.exploitationType());
        audit.record(AuditEvent.success("CASE_OPENED", "protection_case", caseId).because(AuditReason.of("screening", ReasonArg.id(screeningId))));
        if (minor) {
            cases.referredToChildProtection(caseId, now);
            children.refer(caseId, s.regionCode(), holder);
        }
        if (reflection.appliesTo(s.citizenship())) {
            ReflectionPeriod period = reflection.startOn(today);
            cases.startReflection(caseId, period.startsOn(), period.endsOn());
            timeline.record(caseId, "REFLECTION_STARTED", period.endsOn());
            events.publishEvent(new ReflectionPeriodStarted(personNumber, period.startsOn(), period.endsOn()));
        }
        statistics.identified(cases.find(caseId).orElseThrow());
        return caseId;
    }

    private void check(NewScreening s, LocalDate today) {
        if (reference.regionsOn(today).stream().noneMatch(r -> r.code().equals(s.regionCode()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "protection.screening.region-unknown");
        }
        if (reference.country(s.citizenship()).isEmpty()) {
            throw new DomainProblem(ProblemType.VALIDATION, "citizenship", "protection.screening.country-unknown");
        }
    }
}
