package kz.koshi.border;

import java.time.LocalDate;
import java.util.List;

/** The answer to a recorded crossing (the 201 body). {@code card} is set on a foreigner's first entry. */
public record CrossingReceipt(long crossingId, String personNumber, String state, CardSummary card, PersonStatus status,
                             List<AlertSummary> alerts, Integer lane) {

    public record CardSummary(String number, LocalDate validUntil, boolean issuedNow) {
    }

    public record AlertSummary(long id, String kind, String reason, String state) {
    }
}
