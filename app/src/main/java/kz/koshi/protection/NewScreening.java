package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A first-contact screening: the indicators found, the exploitation, the pathway and the person as known.
 * With {@code presumedVictim} the grounds must be written down, and a case opens at once; no criminal case
 * or cooperation with the police is asked for (rules V1, V2). Names go to the identity registry only. A border or
 * police system's screening hands the case to a crisis centre ({@code crisisCentre}, or the region's).
 */
public record NewScreening(
        @NotNull IdentificationPathway pathway,
        @NotNull ExploitationType exploitationType,
        boolean crossBorder,
        @NotEmpty Set<@NotNull Indicator> indicators,
        boolean presumedVictim,
        @Size(max = 4000) String grounds,
        @Size(max = 100) String surname,
        @Size(max = 100) String givenName,
        @Size(max = 100) String patronymic,
        @Past @SaneDate(DateMeaning.BIRTH) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @NotBlank @Pattern(regexp = "[MFX]") String sex,
        @NotBlank @Pattern(regexp = "[A-Z]{3}") String citizenship,
        @Size(max = 40) String documentNumber,
        @NotBlank @Size(max = 16) String regionCode,
        /* For a border or police system: the crisis centre to hand the case to; empty for the region's (or the nearest). */
        @Size(max = 40) String crisisCentre) {

    /** A presumed victim is resolved to a person in the registry, which needs a name (as the person gives it). */
    @JsonIgnore
    @AssertTrue(message = "{protection.screening.name-required}")
    public boolean isNamed() {
        return !presumedVictim || (surname != null && !surname.isBlank()) || (givenName != null && !givenName.isBlank());
    }

    @JsonIgnore
    @AssertTrue(message = "{protection.screening.grounds-required}")
    public boolean isGroundsGiven() {
        return !presumedVictim || (grounds != null && !grounds.isBlank());
    }
}
