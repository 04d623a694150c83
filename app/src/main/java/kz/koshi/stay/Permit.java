package kz.koshi.stay;

import java.time.LocalDate;

/** A permit held: kind (DOMESTIC_WORKER, EMPLOYER_QUOTA, INTRA_CORPORATE_TRANSFER, RESIDENCE), employer, term, tax paid. */
public record Permit(long id, String personNumber, String kind, String employer, LocalDate validFrom, LocalDate validUntil,
                     int months, long taxPaid) {
}
