package kz.koshi.recruitment.signals;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.BinNumber;
import kz.koshi.shared.Clean;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The public complaint form: the agency's BIN (typed or picked from the public register), when and what happened,
 * and, only with the complainant's consent, a contact. The day is typed 05.05.2026 or 2026-05-05.
 */
public record PublicComplaint(
        @NotBlank @BinNumber(message = "{recruitment.bin.invalid}") String bin,
        @NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate happenedOn,
        @Clean @NotBlank @Size(max = 4000) String account,
        @Clean @Size(max = 200) String contact,
        Boolean consent) {

    /** A contact is kept only when the complainant agrees to be contacted. */
    @AssertTrue(message = "{recruitment.complaint.consent-needed}")
    public boolean isContactConsented() {
        return contact == null || contact.isBlank() || Boolean.TRUE.equals(consent);
    }
}
