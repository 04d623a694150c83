package kz.koshi.border;

import java.time.LocalDate;

/**
 * A person's legal status as the stay rules give it, for the crossing answer, the card check and the board.
 * A removal suspension is not part of it: only the migration police and prosecutors may learn of one, in stay.
 */
public record PersonStatus(String status, LocalDate stayLegalUntil, LocalDate registerBy, String registrar) {

    public static final PersonStatus UNKNOWN = new PersonStatus("UNKNOWN", null, null, null);
}
