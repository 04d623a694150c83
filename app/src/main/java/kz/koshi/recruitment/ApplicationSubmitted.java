package kz.koshi.recruitment;

import java.time.LocalDate;

/** Published when an agency submits or resubmits a licence application: ids and the day, for the risk signals. */
public record ApplicationSubmitted(String agencyCode, long applicationId, LocalDate on) {
}
