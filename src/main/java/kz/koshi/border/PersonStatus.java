package kz.koshi.border;

import java.time.LocalDate;

/**
 * A person's legal status as the stay rules give it, for the crossing answer, the card check and the board.
 * {@code removalBlocked} says only that: never why.
 */
public record PersonStatus(String status, LocalDate stayLegalUntil, LocalDate registerBy, String registrar,
                           boolean removalBlocked) {

    public static final PersonStatus UNKNOWN = new PersonStatus("UNKNOWN", null, null, null, false);
}
