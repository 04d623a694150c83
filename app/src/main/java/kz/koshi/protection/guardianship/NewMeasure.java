package kz.koshi.protection.guardianship;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A measure the guardianship authority took for the child, and the day it took it. */
public record NewMeasure(@NotNull GuardianshipMeasure measure,
                         @NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate takenOn) {
}
