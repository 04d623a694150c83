package kz.koshi.border;

import java.time.LocalDate;

/** A person's migrant card, without the holder's names. */
public record CardView(String number, String personNumber, long crossingId, LocalDate issuedOn, LocalDate validUntil, String state) {
}
