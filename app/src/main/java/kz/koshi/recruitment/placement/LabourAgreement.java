package kz.koshi.recruitment.placement;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the register of labour agreements: one per country, with its source and whether it awaits confirmation. */
public record LabourAgreement(String country, AgreementStatus status, LocalDate since, String sourceNote,
                              boolean forConfirmation, String updatedBy, Instant updatedAt) {
}
