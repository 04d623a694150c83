package kz.koshi.stay;

import java.time.LocalDate;

/** A court's expulsion order was recorded (issue 17): its id, the day of the court's decision, the person's citizenship. */
public record ExpulsionRecorded(long expulsionId, LocalDate decidedOn, String citizenship) {
}
