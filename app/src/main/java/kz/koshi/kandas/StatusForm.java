package kz.koshi.kandas;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The migration police's change of a kandas application's status: the new status and its day (05.05.2026 or ISO). */
public record StatusForm(@NotNull ApplicationStatus status,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate on) {
}
