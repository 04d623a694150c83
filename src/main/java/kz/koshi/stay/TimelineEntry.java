package kz.koshi.stay;

import java.time.LocalDate;

/** One line of a person's timeline: when, what kind (CROSSING_ENTRY, CARD_ISSUED, REGISTRATION ...), a code, a reference. */
public record TimelineEntry(LocalDate on, String kind, String code, String reference) {
}
