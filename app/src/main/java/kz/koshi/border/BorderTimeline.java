package kz.koshi.border;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.PersonTimelineContributor;
import kz.koshi.identity.TimelineEntry;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.stereotype.Component;

/** Crossings, bans and the migrant card in the person's profile (identity module); codes only, no names. */
@Component
class BorderTimeline implements PersonTimelineContributor {

    private final BorderRecords records;
    private final KazakhstanCalendar calendar;

    private final CheckpointNames checkpoints;

    BorderTimeline(BorderRecords records, KazakhstanCalendar calendar, CheckpointNames checkpoints) {
        this.records = records;
        this.calendar = calendar;
        this.checkpoints = checkpoints;
    }

    @Override
    public List<TimelineEntry> timeline(String personNumber) {
        List<TimelineEntry> entries = new ArrayList<>();
        records.crossingsOf(personNumber).forEach(c -> entries.add(new TimelineEntry(c.occurredAt(), "border",
                "border.timeline." + c.direction(), List.of(checkpoints.of(c.checkpoint()), "border.state." + c.state()))));
        records.cardOf(personNumber).ifPresent(card -> entries.add(new TimelineEntry(
                calendar.startOf(card.issuedOn()), "border", "border.timeline.card",
                List.of(card.number(), card.validUntil().toString()), card.issuedOn())));
        records.bansOf(personNumber).forEach(b -> entries.add(new TimelineEntry(calendar.startOf(b.validFrom()),
                "border", "border.timeline." + b.kind() + (b.validUntil() == null ? ".open" : ""),
                List.of("border.alert.reason." + b.reason(), String.valueOf(b.validUntil())), b.validFrom())));
        return entries;
    }
}
