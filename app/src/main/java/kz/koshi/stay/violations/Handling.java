package kz.koshi.stay.violations;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * How the migration police handled a violation: the administrative protocol's number, the penalty (a fine in tenge,
 * or a warning and no fine) and the day. The fine's ceiling is a guard against a mistyped amount, not the law's
 * limit: the КоАП amounts are not in the project's sources (for confirmation, docs/stay.md).
 */
public record Handling(@NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} /.№-]*",
                               message = "{stay.handling.protocol.invalid}") String protocolNumber,
                       @NotNull Penalty penalty,
                       @Positive(message = "{Positive.handling.fineTenge}") @Max(MAX_FINE) Long fineTenge,
                       @NotNull @SaneDate(DateMeaning.EVENT)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = QueueFilter.DAY) LocalDate handledOn) {

    /** For confirmation: no source gives the КоАП's highest fine for a stay offence; this only stops a typing slip. */
    public static final long MAX_FINE = 10_000_000;

    public Handling {
        protocolNumber = protocolNumber == null ? null : protocolNumber.strip();
    }
}
