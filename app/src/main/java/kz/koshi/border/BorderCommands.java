package kz.koshi.border;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.border.desk.TypedDates;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The commands of the border module's officer records, as API bodies and form objects. */
public final class BorderCommands {

    private BorderCommands() {
    }

    /** An entry ban or a watch-list entry on a basis (the decision's number and date); {@code validUntil} empty means until lifted. */
    public record NewBan(
            @NotBlank @Size(max = 24) String personNumber,
            @NotBlank @Pattern(regexp = "ENTRY_BAN|WATCH_LIST", message = "{koshi.validation.one-of}") String kind,
            @NotBlank @Pattern(regexp = "COURT_EXPULSION|DEPORTATION|SEARCH|INVESTIGATION",
                    message = "{koshi.validation.one-of}") String reason,
            @NotBlank @Size(max = 100) String basis,
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = TypedDates.DAY) LocalDate validFrom,
            @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = TypedDates.DAY) LocalDate validUntil) {
    }

    /** Lifting a ban (ending a watch-list entry): it no longer applies from {@code liftedOn}; the basis is required. */
    public record BanLifting(
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = TypedDates.DAY) LocalDate liftedOn,
            @NotBlank @Size(max = 200) String basis) {
    }

    /** A parent or legal guardian of a minor citizen (civil registry, guardianship authority). */
    public record NewGuardian(
            @NotBlank @Size(max = 24) String childPersonNumber,
            @NotBlank @Size(max = 24) String adultPersonNumber,
            @NotBlank @Pattern(regexp = "PARENT|GUARDIAN", message = "{koshi.validation.one-of}") String relation,
            @Size(max = 100) String basis) {
    }
}
