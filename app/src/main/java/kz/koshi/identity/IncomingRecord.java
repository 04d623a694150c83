package kz.koshi.identity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;

/**
 * A person record as an agency feed sends it. The fields follow the feed CSV layout; only a source, the
 * source's own record id and some name are required, because real feeds are incomplete.
 */
public record IncomingRecord(
        @Clean @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,39}") String source,
        @Clean @NotBlank @Size(max = 100) String recordId,
        @Clean @Size(max = 100) String surname,
        @Clean @Size(max = 100) String givenName,
        @Clean @Size(max = 100) String patronymic,
        @Clean @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") String birthDate,
        @Clean @Pattern(regexp = "[MFX]") String sex,
        @Clean @Pattern(regexp = "[A-Z]{3}") String citizenship,
        @Clean @Size(max = 40) String documentNumber,
        @Clean @Size(max = 40) String nationalId,
        @Clean @Size(max = 300) String address,
        @Clean @Size(max = 40) String phone) {

    @JsonIgnore
    @AssertTrue(message = "{identity.validation.needs-name}")
    public boolean isNamed() {
        return hasText(surname) || hasText(givenName);
    }

    @JsonIgnore
    @AssertTrue(message = "{identity.validation.birth-date}")
    public boolean isBirthDateReal() {
        return birthDate == null || !birthDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") || isRealDate(birthDate);
    }

    /** True for {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} naming a real day, month or year, not in the future. */
    public static boolean isRealDate(String value) {
        try {
            String[] parts = value.split("-");
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
            java.time.LocalDate date = java.time.LocalDate.of(year, month, day);
            return year >= 1880 && !date.isAfter(java.time.LocalDate.now(kz.koshi.shared.KazakhstanCalendar.DEFAULT_ZONE));
        } catch (RuntimeException notADate) {
            return false;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
