package kz.koshi.enforcement.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.enforcement.CriminalCaseRegistered;
import kz.koshi.enforcement.CriminalCaseStageChanged;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.enforcement.cases.CaseAccess.REGISTER;

/**
 * The register of criminal cases: registered, listed, read (suspects' names from the registry, every read audited) and
 * moved on from stage to stage, each act audited and published for the statistics without a name. Reads are
 * read-write transactions: each writes its audit entry.
 */
@Service
@Transactional
public class CriminalCases {

    static final int LIST_LIMIT = 500;

    private final CriminalCaseRepository cases;
    private final CriminalCaseChecks checks;
    private final CaseRegistration registration;
    private final CaseSuspects suspects;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CriminalCases(CriminalCaseRepository cases, CriminalCaseChecks checks, CaseRegistration registration, CaseSuspects suspects,
                  AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.checks = checks;
        this.registration = registration;
        this.suspects = suspects;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a case; bad input or a reference the agency already used is refused and nothing is stored. */
    @PreAuthorize(REGISTER)
    public long register(NewCriminalCase c) {
        checks.check(c, LocalDate.now(clock));
        List<String> persons = suspects.persons(c.suspectPersons());
        List<String> organisations = suspects.organisations(c.suspectOrganisations());
        long id = registration.store(CurrentActor.agencyCode(), c, persons, organisations);
        audit.record(AuditEvent.success("CRIMINAL_CASE_REGISTERED", "enforcement_case", id).because(AuditReason.of(
                "enforcement-case-registered", ReasonArg.id(c.article()), ReasonArg.label("enforcement.stage.", c.stage()),
                ReasonArg.number(persons.size() + organisations.size()))));
        events.publishEvent(new CriminalCaseRegistered(id, c.article(), c.stage(), c.regionCode(), c.openedOn(),
                persons.size() + organisations.size()));
        return id;
    }

    /** The register, newest first, filtered (no suspect's name); audited with the number of cases listed. */
    @PreAuthorize(REGISTER)
    public List<CaseSummary> list(CaseFilter filter) {
        List<CaseSummary> listed = cases.list(filter, LIST_LIMIT);
        audit.record(AuditEvent.success("CRIMINAL_CASES_READ", "enforcement_case", null)
                .because(AuditReason.of("enforcement-cases-listed", ReasonArg.number(listed.size()))));
        return listed;
    }

    /** A case with its stages, its suspects as the registry holds them now and its protection case numbers; audited. */
    @PreAuthorize(REGISTER)
    public CaseFile read(long id) {
        CaseSummary c = found(id);
        List<Suspect> named = cases.suspects(id).stream().map(s -> suspects.read(s[0], s[1])).toList();
        audit.record(AuditEvent.success("CRIMINAL_CASE_READ", "enforcement_case", id)
                .because(AuditReason.of("enforcement-case-read", ReasonArg.number(named.size()))));
        List<StageEntry> stages = cases.stages(id);
        StageEntry first = stages.stream().min(java.util.Comparator.comparing(StageEntry::recordedAt)).orElseThrow();
        return new CaseFile(c.id(), c.agencyCode(), c.reference(), c.article(), c.stage(), c.regionCode(), c.openedOn(),
                c.stageOn(), first.recordedAt(), first.recordedBy(), stages, named, cases.protectionCases(id),
                StageMoves.from(c.stage()));
    }

    /** Moves a case on to a stage it may reach, on a day not before its current stage's and not in the future. */
    @PreAuthorize(REGISTER)
    public void changeStage(long id, StageChange change) {
        CaseSummary c = found(id);
        if (!StageMoves.allowed(c.stage(), change.stage())) {
            throw new DomainProblem(ProblemType.VALIDATION, "stage", "enforcement.case.stage-not-next");
        }
        if (change.on().isAfter(LocalDate.now(clock))) {
            throw new DomainProblem(ProblemType.VALIDATION, "on", "enforcement.case.day-in-future");
        }
        if (change.on().isBefore(c.stageOn())) {
            throw new DomainProblem(ProblemType.VALIDATION, "on", "enforcement.case.stage-day-before-last");
        }
        if (!cases.moveStage(id, c.stage(), change.stage(), change.on())) {
            throw new DomainProblem(ProblemType.CONFLICT, "enforcement.case.stage-changed-meanwhile");
        }
        cases.insertStage(id, change.stage(), change.on(), clock.instant(), CurrentActor.name());
        audit.record(AuditEvent.success("CRIMINAL_CASE_STAGE_CHANGED", "enforcement_case", id).because(AuditReason.of(
                "enforcement-case-stage-changed", ReasonArg.label("enforcement.stage.", change.stage()), ReasonArg.day(change.on()))));
        events.publishEvent(new CriminalCaseStageChanged(id, c.article(), change.stage(), c.regionCode(), change.on()));
    }

    /** The years cases were opened in, for the register's filter. */
    @PreAuthorize(REGISTER)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return cases.years();
    }

    private CaseSummary found(long id) {
        return cases.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "enforcement.case.not-found"));
    }
}
