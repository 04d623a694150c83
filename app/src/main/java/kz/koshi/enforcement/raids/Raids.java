package kz.koshi.enforcement.raids;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.enforcement.RaidCompleted;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.InspectionFindings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raids and inspections (issue 16) of the migration police and the labour inspection: recorded with where, when and by
 * whom, the persons checked and the violations found, which stay takes as its own records ({@link InspectionFindings});
 * completed once, publishing {@link RaidCompleted}. Every act and every read of a raid's persons is audited. Reads are
 * read-write transactions: each writes its audit entry.
 */
@Service
@Transactional
@PreAuthorize(InspectionFindings.FINDERS)
public class Raids {

    private final RaidRepository raids;
    private final RaidAccess access;
    private final RaidChecks checks;
    private final RaidFindings findings;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final KazakhstanCalendar calendar;
    private final Clock clock;

    Raids(RaidRepository raids, RaidAccess access, RaidChecks checks, RaidFindings findings, ReferenceData reference,
          AuditTrail audit, ApplicationEventPublisher events, KazakhstanCalendar calendar, Clock clock) {
        this.raids = raids;
        this.access = access;
        this.checks = checks;
        this.findings = findings;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records a raid with the persons checked so far; bad input is refused with nothing stored. */
    public long record(NewRaid raid) {
        LocalDate today = calendar.today();
        if (reference.regionsOn(today).stream().noneMatch(r -> r.code().equals(raid.regionCode()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "enforcement.raid.region-unknown");
        }
        if (raid.place() == null || raid.place().isBlank()) {
            throw new DomainProblem(ProblemType.VALIDATION, "place", "enforcement.raid.place-required");
        }
        RaidDays.check(raid.firstDay(), raid.lastDay(), today);
        List<RaidChecks.Checked> rows = checks.check(raid.persons(), raid.firstDay(), raid.lastDay() == null ? today : raid.lastDay());
        String agency = CurrentActor.agencyCode();
        long id = raids.insert(raid, agency, CurrentActor.name(), clock.instant())
                .orElseThrow(() -> new DomainProblem(ProblemType.CONFLICT, "enforcement.raid.duplicate"));
        audit.record(AuditEvent.success("RAID_RECORDED", "enforcement_raid", id).because(AuditReason.of("raid-recorded",
                ReasonArg.label("enforcement.raid.kind.", raid.kind()), ReasonArg.region(raid.regionCode()), ReasonArg.day(raid.firstDay()))));
        findings.store(raids.find(id).orElseThrow(), rows);
        return id;
    }

    /** Adds persons checked and findings to an open raid of the caller's agency. */
    public AddedPersons add(long id, MorePersons more) {
        RaidSummary raid = access.writable(id);
        if (!raid.state().takesFindings()) {
            throw new DomainProblem(ProblemType.CONFLICT, "enforcement.raid.completed");
        }
        LocalDate last = raid.lastDay() == null ? calendar.today() : raid.lastDay();
        return findings.store(raid, checks.check(more.persons(), raid.firstDay(), last));
    }

    /** Completes an open raid with its last day, once, and publishes the counts. */
    public RaidSummary complete(long id, Completion completion) {
        RaidSummary raid = access.writable(id);
        LocalDate today = calendar.today();
        LocalDate last = completion.lastDay() != null ? completion.lastDay() : raid.lastDay() != null ? raid.lastDay() : today;
        RaidDays.check(raid.firstDay(), last, today);
        LocalDate lastFound = raids.findings(id).stream().map(RaidFinding::foundOn).max(LocalDate::compareTo).orElse(raid.firstDay());
        if (last.isBefore(lastFound) || raids.checks(id).stream().anyMatch(c -> LocalDate.parse(c[1]).isAfter(last))) {
            throw new DomainProblem(ProblemType.VALIDATION, "lastDay", "enforcement.raid.last-before-checks");
        }
        if (!raids.complete(id, last, CurrentActor.name(), clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "enforcement.raid.completed");
        }
        RaidSummary done = raids.find(id).orElseThrow();
        audit.record(AuditEvent.success("RAID_COMPLETED", "enforcement_raid", id).because(AuditReason.of("raid-completed",
                ReasonArg.number(done.personsChecked()), ReasonArg.number(done.violationsFound()), ReasonArg.day(last))));
        events.publishEvent(new RaidCompleted(id, done.regionCode(), done.firstDay(), last, done.personsChecked(), done.violationsFound()));
        return done;
    }
}
