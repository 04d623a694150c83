package kz.koshi.enforcement.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The stage a case moves to and the day it did (typed as 05.05.2026 or ISO). */
public record StageChange(@NotNull CriminalStage stage,
                          @NotNull @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate on) {
}
