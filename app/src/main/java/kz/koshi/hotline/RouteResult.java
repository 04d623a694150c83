package kz.koshi.hotline;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What came of a route, and on which day (typed as 05.05.2026 or ISO). */
public record RouteResult(@NotNull RouteOutcome outcome,
                          @NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate on) {
}
