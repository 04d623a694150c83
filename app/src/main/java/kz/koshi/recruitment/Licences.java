package kz.koshi.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.recruitment.rules.LicenceAct;
import kz.koshi.recruitment.rules.LicenceRules;
import kz.koshi.recruitment.rules.LicenceStatus;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licences: granted with an application, then suspended, reinstated, revoked, renewed by the labour authority (each
 * with a reason, audited, on the agency's history, published as {@link LicenceChanged}); expired by time.
 */
@Service
public class Licences {

    private final LicenceRepository licences;
    private final AgencyRepository agencies;
    private final HistoryRepository history;
    private final RecruitmentProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Licences(LicenceRepository licences, AgencyRepository agencies, HistoryRepository history, RecruitmentProperties properties,
             ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.licences = licences;
        this.agencies = agencies;
        this.history = history;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Module API: an agency's licence as it stands today (expiry applied), if it ever had one. */
    @Transactional(readOnly = true)
    public Optional<LicenceStanding> standing(String agencyCode) {
        LocalDate today = LocalDate.now(clock);
        return agencies.byCode(agencyCode).flatMap(a -> licences.ofAgency(a.id())).map(l -> new LicenceStanding(agencyCode,
                l.number(), LicenceRules.on(l.recorded(), l.validTo(), today), l.validFrom(), l.validTo(), l.destinations()));
    }

    /** A new licence for a granted application, valid from today for the configured years. */
    String grant(Agency agency, ApplicationView application, String reason) {
        LocalDate today = LocalDate.now(clock);
        String number = "PEA-%d-%05d".formatted(today.getYear(), licences.nextSerial());
        long id = licences.insert(agency.id(), application.id(), number, today,
                LicenceRules.validTo(today, properties.licenceYears()), application.destinations());
        done(agency, id, number, LicenceAct.GRANTED, LicenceStatus.ACTIVE, reason);
        return number;
    }

    @Transactional
    @PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')")
    public LicenceStanding act(String number, LicenceOrder order) {
        Licence licence = licences.byNumber(number)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.licence.not-found"));
        LocalDate today = LocalDate.now(clock);
        LicenceStatus now = LicenceRules.on(licence.recorded(), licence.validTo(), today);
        LicenceStatus next = (order.act().byOfficer() ? LicenceRules.after(now, order.act()) : Optional.<LicenceStatus>empty())
                .orElseThrow(() -> new DomainProblem(ProblemType.RULE_VIOLATION, "act", "recruitment.licence.act-not-allowed"));
        LocalDate validTo = order.act() == LicenceAct.RENEWED
                ? LicenceRules.validTo(LicenceRules.renewedFrom(licence.validTo(), today), properties.licenceYears()) : licence.validTo();
        if (!licences.change(licence.id(), licence.recorded(), next, validTo)) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.licence.changed-meanwhile");
        }
        Agency agency = agencies.byId(licence.agencyId()).orElseThrow();
        done(agency, licence.id(), number, order.act(), next, order.reason().strip());
        return standing(agency.agencyCode()).orElseThrow();
    }

    /** Daily, on one node: licences past their validity are written down as expired. */
    @Scheduled(cron = "${koshi.recruitment.expiry-sweep:0 10 0 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    @SchedulerLock(name = "recruitment.licence-expiry", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    @Transactional
    public void expireOnSchedule() {
        expire();
    }

    /**
     * A licence past its validity is written down as expired (reads apply expiry without waiting for this); a licence
     * changed meanwhile (or expired by another run) is left. Returns how many expired now.
     */
    @Transactional
    public int expire() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (Licence l : licences.runningPast(today)) {
            if (licences.change(l.id(), l.recorded(), LicenceStatus.EXPIRED, l.validTo())) {
                done(agencies.byId(l.agencyId()).orElseThrow(), l.id(), l.number(), LicenceAct.EXPIRED, LicenceStatus.EXPIRED, null);
                expired++;
            }
        }
        return expired;
    }

    private void done(Agency agency, long licenceId, String number, LicenceAct act, LicenceStatus status, String reason) {
        LocalDate today = LocalDate.now(clock);
        history.add(agency.id(), null, licenceId, act.name(), today, clock.instant(), CurrentActor.name(), reason);
        audit.record(AuditEvent.success("LICENCE_" + act.name(), "recruitment_licence", licenceId));
        events.publishEvent(new LicenceChanged(agency.agencyCode(), number, act, status, today));
    }
}
