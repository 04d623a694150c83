package kz.koshi.protection;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.BinNumber;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A trafficker, recruiter, employer or place named in a case. A person needs a name (it goes to the
 * identity registry); an organisation a name or its business id (БИН, checked as a {@link kz.koshi.shared.Bin}); a place a description.
 */
public record NewParty(
        @NotNull PartyRole role,
        @NotNull PartyKind kind,
        @Size(max = 100) String surname,
        @Size(max = 100) String givenName,
        @Past @SaneDate(DateMeaning.BIRTH) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @Pattern(regexp = "[A-Z]{3}") String citizenship,
        @Size(max = 200) String label,
        @BinNumber String businessId,
        @Size(max = 16) String regionCode) {

    @JsonIgnore
    @AssertTrue(message = "{protection.party.incomplete}")
    public boolean isComplete() {
        return switch (kind == null ? PartyKind.PLACE : kind) {
            case PERSON -> hasText(surname) || hasText(givenName);
            case ORGANISATION -> hasText(label) || hasText(businessId);
            case PLACE -> hasText(label);
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
