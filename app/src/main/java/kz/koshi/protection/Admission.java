package kz.koshi.protection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Admission to the crisis centre that accepted the referral: the service period starts. {@code residence}
 * is the person's legal position on that day, which decides eligibility (rule V4); it may be left out for a
 * citizen of Kazakhstan and is required for anyone else.
 */
public record Admission(@NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
                        ResidenceCategory residence) {
}
