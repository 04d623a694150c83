package kz.koshi.kandas;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The akimat's record that an arrived family settled in its region: the survey reference and the day (05.05.2026 or ISO). */
public record SettlementForm(@NotBlank @Size(max = 16) String reference,
                             @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate on) {
}
