package kz.koshi.stay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.PersonTimelineContributor;
import kz.koshi.identity.TimelineEntry;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.stereotype.Component;

/**
 * Registrations, permits, expulsions and violations (not withdrawn ones; suspended ones only for those who may know of a
 * suspension) in the person's profile (identity module).
 */
@Component
class StayTimeline implements PersonTimelineContributor {

    private final StayRecords records;
    private final ViolationRepository violations;
    private final RemovalSuspension suspension;
    private final KazakhstanCalendar calendar;

    StayTimeline(StayRecords records, ViolationRepository violations, RemovalSuspension suspension, KazakhstanCalendar calendar) {
        this.records = records;
        this.violations = violations;
        this.suspension = suspension;
        this.calendar = calendar;
    }

    @Override
    public List<TimelineEntry> timeline(String person) {
        List<TimelineEntry> t = new ArrayList<>();
        records.registrations(person).forEach(r -> t.add(entry(r.validFrom(), "stay.timeline.registration", "stay.party." + r.party(),
                r.validUntil().toString())));
        records.permits(person).forEach(p -> t.add(entry(p.validFrom(), "stay.timeline.permit", "stay.permit.kind." + p.kind(), p.validUntil().toString())));
        records.expulsions(person).forEach(e -> t.add(entry(e.decidedOn(), "stay.timeline.expulsion", e.leaveBy().toString(), "")));
        boolean shown = suspension.shownToCaller();
        violations.ofPerson(person).stream().filter(v -> !v.withdrawn() && (shown || !v.suspended()))
                .forEach(v -> t.add(entry(v.since(), "stay.timeline.violation", "stay.violation." + v.kind(), "stay.sanction." + v.sanction())));
        return t;
    }

    private TimelineEntry entry(LocalDate on, String key, String a, String b) {
        return new TimelineEntry(calendar.startOf(on), "stay", key, List.of(a, b), on);
    }
}
