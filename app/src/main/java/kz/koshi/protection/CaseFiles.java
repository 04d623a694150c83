package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.access.Role;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.protection.caseload.CaseloadEntry;
import kz.koshi.protection.caseload.CaseloadPage;
import kz.koshi.protection.caseload.CaseloadQuery;
import kz.koshi.protection.caseload.Caseloads;
import kz.koshi.protection.rules.ServicePeriodRules;
import org.springframework.stereotype.Component;

/** Reading cases: the caseload, the case file, everything audited. */
@Component
class CaseFiles {

    private static final int REFLECTION_ALERT_DAYS = 7;

    private final CaseAccess caseAccess;
    private final PersonRegistry persons;
    private final CaseRepository cases;
    private final ScreeningRepository screenings;
    private final ReferralRepository referrals;
    private final ServiceRepository services;
    private final OutcomeRepository outcomes;
    private final PartyRepository parties;
    private final ServicePeriodRules rules;
    private final NoteCipher cipher;
    private final Timeline timeline;
    private final Assignments assignments;
    private final AuditTrail audit;
    private final ProtectionProperties properties;
    private final Clock clock;

    CaseFiles(CaseAccess caseAccess, PersonRegistry persons, CaseRepository cases, ScreeningRepository screenings, ReferralRepository referrals,
              ServiceRepository services, OutcomeRepository outcomes, PartyRepository parties, ServicePeriodRules rules, NoteCipher cipher,
              Timeline timeline, Assignments assignments, AuditTrail audit, ProtectionProperties properties, Clock clock) {
        this.caseAccess = caseAccess;
        this.persons = persons;
        this.cases = cases;
        this.screenings = screenings;
        this.referrals = referrals;
        this.services = services;
        this.outcomes = outcomes;
        this.parties = parties;
        this.rules = rules;
        this.cipher = cipher;
        this.timeline = timeline;
        this.assignments = assignments;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** An officer's cases (a supervisor's: the agency's), or an agency system's: its agency's. */
    List<CaseSummary> caseload() {
        Actor a = Actor.current();
        boolean whole = !a.officer() || a.has(Role.CASE_SUPERVISOR) || properties.agencyWideAccess();
        LocalDate today = LocalDate.now(clock);
        List<CaseSummary> list = cases.caseload(a.agencyCode(), a.officerId(), whole).stream()
                .map(c -> summary(c, today)).toList();
        audit.record(AuditEvent.success("CASELOAD_READ", "protection_case", null).because(AuditReason.of("cases-listed", ReasonArg.number(list.size()))));
        return list;
    }

    /** The caseload searched and filtered: only among the cases the caller may open, so nothing of others' cases shows. */
    CaseloadPage caseload(CaseloadQuery query) {
        Actor a = Actor.current();
        boolean whole = !a.officer() || a.has(Role.CASE_SUPERVISOR) || properties.agencyWideAccess();
        LocalDate today = LocalDate.now(clock);
        List<CaseloadEntry> visible = cases.caseload(a.agencyCode(), a.officerId(), whole).stream()
                .map(c -> new CaseloadEntry(summary(c, today), c.personNumber(),
                        screenings.find(c.screeningId()).map(CaseFile.Screening::exploitationType).orElse(null),
                        c.centreCode(), c.openedAt())).toList();
        CaseloadPage page = Caseloads.page(visible, query, today, persons::name);
        audit.record(AuditEvent.success("CASELOAD_READ", "protection_case", null)
                .because(AuditReason.of(query.narrowed() ? "cases-found" : "cases-listed", ReasonArg.number(page.total()))));
        return page;
    }

    CaseSummary summary(CaseRow c, LocalDate today) {
        boolean open = c.status() != CaseStatus.CLOSED;
        boolean periodAlert = open && c.servicePeriod() != null && rules.alertDue(c.servicePeriod(), today);
        boolean reflectionAlert = c.reflectionActive() && !today.isBefore(c.reflectionEndsOn().minusDays(REFLECTION_ALERT_DAYS));
        return new CaseSummary(c.id(), c.caseNumber(), c.pseudonym(), c.status(), c.minor(), c.foreign(), c.regionCode(),
                c.periodEndsOn(), c.reflectionActive() ? c.reflectionEndsOn() : null, periodAlert, reflectionAlert,
                referrals.pending(c.id()));
    }

    CaseFile read(long caseId) {
        CaseRow c = caseAccess.read(caseId);
        LocalDate today = LocalDate.now(clock);
        boolean writable = caseAccess.basis(c, Actor.current(), "protection:write") != CaseAccess.Basis.BREAK_THE_GLASS;
        return new CaseFile(c.id(), c.caseNumber(), c.personNumber(), persons.name(c.personNumber()).orElse(null), c.pseudonym(), c.sex(), c.birthDate(), c.minor(),
                c.citizenship(), c.regionCode(), c.status(), c.ownerAgency(), c.openedAt(), cipher.decrypt(c.grounds()),
                screenings.find(c.screeningId()).orElseThrow(), c.centreCode(), c.residence(), c.admittedOn(), c.periodEndsOn(),
                c.periodExtended(), c.servicePeriod() == null ? null : rules.longestEnd(c.servicePeriod()),
                summary(c, today).periodAlert(), c.reflectionStartsOn(), c.reflectionEndsOn(), c.reflectionEndedOn(),
                c.childProtectionAt(), c.closedOn(), c.closureReason(), services.plan(caseId), services.delivered(caseId),
                referrals.ofCase(caseId, cipher), services.extensions(caseId), outcomes.outcomes(caseId), parties.ofCase(caseId),
                outcomes.followUps(caseId, cipher), outcomes.notes(caseId, cipher), timeline.of(caseId), assignments.workers(c), writable);
    }
}
