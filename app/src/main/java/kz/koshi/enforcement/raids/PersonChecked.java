package kz.koshi.enforcement.raids;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import kz.koshi.stay.FoundViolation;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One person checked on a day of the raid, named by registry number, IIN or document; with the violation found on them,
 * if any (a second violation of the same person is a second row), and for work without a permit the employer's BIN.
 * A row with no person is a blank row of the form and is skipped.
 */
public record PersonChecked(@Size(max = 40) String person,
                            @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = NewRaid.DAY) LocalDate checkedOn,
                            FoundViolation violation,
                            @Size(max = 20) String employerBin) {

    boolean blank() {
        return person == null || person.isBlank();
    }

    static PersonChecked empty() {
        return new PersonChecked("", null, null, "");
    }
}
