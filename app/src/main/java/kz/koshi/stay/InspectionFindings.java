package kz.koshi.stay;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.violations.ViolatorCards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stay's intake of violations found in raids and inspections (issue 16): each becomes stay's own record in the
 * violation queue, its source the raid, and is handled like any other. A finding the same as a violation already on
 * record (open of the same kind, or handled with the same first day) joins it instead of doubling it; the same raid
 * reporting it again changes nothing. One finding of a person at a time ({@link AssessmentTurns}), so a burst of
 * identical reports stores one. A violation found while the person's removal was suspended is recorded as not
 * punishable, by the same rule as the rules' own (V5): victims are not punished.
 */
@Service
public class InspectionFindings {

    /** The agencies that raid and inspect: the migration police and the labour inspection, as officers or systems. */
    public static final String FINDERS = "hasAnyRole('MIGRATION_OFFICER', 'LABOUR_OFFICER') or hasAuthority('SCOPE_enforcement:raids')";

    private final FindingRepository findings;
    private final AssessmentTurns turns;
    private final SuspensionRepository suspensions;
    private final ViolatorCards cards;
    private final AuditTrail audit;
    private final KazakhstanCalendar calendar;
    private final Clock clock;

    InspectionFindings(FindingRepository findings, AssessmentTurns turns, SuspensionRepository suspensions, ViolatorCards cards,
                       AuditTrail audit, KazakhstanCalendar calendar, Clock clock) {
        this.findings = findings;
        this.turns = turns;
        this.suspensions = suspensions;
        this.cards = cards;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records a finding of a registered person (the caller resolved the number through identity). */
    @Transactional
    @PreAuthorize(FINDERS)
    public FindingReceipt record(InspectionFinding f) {
        turns.take(List.of(f.personNumber()));
        Optional<Long> reported = findings.reported(f);
        if (reported.isPresent()) {
            return new FindingReceipt(reported.get(), FindingOutcome.ALREADY_REPORTED);
        }
        Optional<Long> same = findings.sameAsRecorded(f);
        boolean suspended = suspensions.suspendedOn(f.personNumber(), f.foundOn());
        long violation = same.or(() -> findings.reopen(f, suspended))
                .or(() -> findings.insertViolation(f, suspended, detectedAt(f)))
                .orElseThrow(() -> new IllegalStateException("violation " + f.kind() + " of raid " + f.raidId() + " not stored"));
        findings.insertFinding(f, violation, clock.instant());
        cards.refresh(PersonSelection.of(f.personNumber()), List.of(f.personNumber()));
        findings.regionIfUnknown(f.personNumber(), f.regionCode());
        FindingOutcome outcome = same.isPresent() ? FindingOutcome.SAME_AS_RECORDED : FindingOutcome.NEW_VIOLATION;
        audit.record(AuditEvent.success("VIOLATION_FOUND_IN_RAID", "stay_violation", violation)
                .because(AuditReason.of("violation-found-in-raid", ReasonArg.label("stay.violation.", f.kind().kind()),
                        ReasonArg.id(f.raidId()), ReasonArg.day(f.foundOn()), ReasonArg.label("stay.finding.outcome.", outcome))));
        return new FindingReceipt(violation, outcome);
    }

    /**
     * How many violations were found in the month (Kazakhstan days found; open or handled, not withdrawn), by source:
     * "more than 7,000 in May" as a query. Counts only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(StayViews.READERS)
    public Map<ViolationSource, Long> foundIn(YearMonth month) {
        return findings.foundIn(month, calendar.zone());
    }

    /** The same for a month typed {@code 2026-05} (an API parameter), checked after the caller is: 400 on {@code month}. */
    @Transactional(readOnly = true)
    @PreAuthorize(StayViews.READERS)
    public Map<ViolationSource, Long> foundIn(String month) {
        try {
            YearMonth read = YearMonth.parse(month == null ? "" : month.strip());
            if (read.getYear() >= 1900 && read.getYear() <= 2100) {
                return foundIn(read);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // refused below
        }
        throw new kz.koshi.shared.DomainProblem(kz.koshi.shared.ProblemType.VALIDATION, "month", "stay.found.month-invalid");
    }

    /** Found today: now; found on an earlier day of the raid: that day, so the queue's "date found" is the day found. */
    private Instant detectedAt(InspectionFinding f) {
        return f.foundOn().equals(calendar.today()) ? clock.instant() : calendar.startOf(f.foundOn());
    }
}
