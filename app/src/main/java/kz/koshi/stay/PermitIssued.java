package kz.koshi.stay;

import java.time.LocalDate;

/**
 * A permit was issued (issue 17): its id, its kind (DOMESTIC_WORKER, EMPLOYER_QUOTA, INTRA_CORPORATE_TRANSFER,
 * RESIDENCE), the day it runs from and the holder's citizenship. No employer, no name.
 */
public record PermitIssued(long permitId, String kind, LocalDate validFrom, String citizenship) {
}
