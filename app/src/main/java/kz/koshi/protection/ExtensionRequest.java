package kz.koshi.protection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import kz.koshi.protection.rules.ExtensionReason;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A request to run the service period until {@code until}, for a reason; a supervisor decides. */
public record ExtensionRequest(@NotNull ExtensionReason reason,
                               @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
}
