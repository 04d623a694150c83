package kz.koshi.stay;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The commands of the stay module, as API bodies and form objects. */
public final class StayCommands {

    private StayCommands() {
    }

    public record NewRegistration(
            @NotBlank @Size(max = 24) String personNumber,
            @NotBlank @Pattern(regexp = "POLICE|HOST|HOTEL|EMPLOYER", message = "{koshi.validation.one-of}") String party,
            @Pattern(regexp = "ORDINARY|VICTIM_INVESTIGATION", message = "{koshi.validation.one-of}") String basis,
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @Size(max = 300) String address) {
    }

    public record NewPermit(
            @NotBlank @Size(max = 24) String personNumber,
            @NotBlank @Pattern(regexp = "DOMESTIC_WORKER|EMPLOYER_QUOTA|INTRA_CORPORATE_TRANSFER|RESIDENCE",
                    message = "{koshi.validation.one-of}") String kind,
            @NotBlank @Size(max = 40) String employer,
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @Min(0) Integer months,
            @Min(0) Long taxPaid) {

        /**
         * The employer as stored and counted. A domestic-worker permit's is the household employer's IIN, without spaces,
         * and must be a valid one: the limit of five per employer (L2) counts by it, not by a name.
         */
        String employerNumber() {
            return "DOMESTIC_WORKER".equals(kind) ? employer.replace(" ", "").strip() : employer.strip();
        }

        /** Months and tax apply to domestic-worker permits (L1), which need both; other kinds may leave them out. */
        int monthsOrNone() {
            return months == null ? 0 : months;
        }

        long taxPaidOrNone() {
            return taxPaid == null ? 0 : taxPaid;
        }
    }

    public record NewExpulsion(
            @NotBlank @Size(max = 24) String personNumber,
            @NotBlank @Size(max = 60) String courtAct,
            @NotNull @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @NotNull @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leaveBy) {
    }

    /** The migration police's decision on an expulsion review: initiate expulsion in court, or none; always a reason. */
    public record ReviewDecision(
            @NotBlank @Pattern(regexp = "EXPEL|NO_EXPULSION", message = "{koshi.validation.one-of}") String decision,
            @NotBlank @Size(max = 500) String reason) {
    }
}
