package kz.koshi.recruitment.signals;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint as the labour authority reads it (the account and contact only from the public form). */
public record Complaint(long id, String agencyBin, ComplaintSource source, String sourceReference, LocalDate happenedOn,
                        String account, String contact, Instant receivedAt) {
}
