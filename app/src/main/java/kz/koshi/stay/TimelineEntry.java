package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a person's timeline: when, what kind (CROSSING_ENTRY, CARD_ISSUED, REGISTRATION ...), the
 * message keys that say what it was (party, permit kind, violation and sanction ...), and plain detail
 * (codes, dates, days), so that every viewer reads it in their language.
 */
public record TimelineEntry(LocalDate on, String kind, List<String> labels, String detail) {

    public TimelineEntry {
        labels = List.copyOf(labels);
    }
}
