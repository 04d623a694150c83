package kz.koshi.border;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One crossing as a border post system sends it (the JSON); {@code lane} is the booth's lane (1 to 99), optional.
 * Dates stay text here so that an impossible date is reported against its field rather than as unreadable JSON.
 * {@code kandasReference}, optional: the kandas survey reference the traveller gave (issue 15); an unknown one is
 * refused against its field.
 */
public record CrossingRequest(
        @NotBlank @Pattern(regexp = "ENTRY|EXIT", message = "{koshi.validation.one-of}") String direction,
        @NotBlank @Size(max = 16) String checkpoint,
        @NotBlank String occurredAt,
        @NotNull @Valid Document document,
        @NotBlank @Size(max = 100) String surname,
        @Size(max = 100) String givenNames,
        @NotBlank String birthDate,
        @NotBlank @Pattern(regexp = "[MFX]", message = "{koshi.validation.sex}") String sex,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{koshi.validation.country}") String citizenship,
        @Pattern(regexp = "WORK|PRIVATE|BUSINESS|STUDY|TOURISM|TRANSIT|OFFICIAL|RESIDENCE|OTHER",
                message = "{koshi.validation.one-of}") String purpose,
        @Size(max = 10) List<@Valid @NotNull Minor> accompanyingMinors,
        @Min(1) @Max(99) Integer lane,
        @Size(max = 16) String kandasReference) {

    public List<Minor> minors() {
        return accompanyingMinors == null ? List.of() : accompanyingMinors;
    }

    public record Document(
            @NotBlank @Pattern(regexp = "PASSPORT|ID_CARD|TRAVEL_DOCUMENT|OTHER",
                    message = "{koshi.validation.one-of}") String type,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{5,20}", message = "{koshi.validation.document-number}") String number,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{koshi.validation.country}") String issuingCountry,
            String expiresOn) {
    }

    /** A child crossing with the adult, and the adult's declared relation to the child. */
    public record Minor(
            @NotBlank @Size(max = 100) String surname,
            @Size(max = 100) String givenNames,
            @NotBlank String birthDate,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{koshi.validation.country}") String citizenship,
            @Size(max = 20) String documentNumber,
            @NotBlank @Pattern(regexp = "PARENT|GUARDIAN|RELATIVE|OTHER",
                    message = "{koshi.validation.one-of}") String relation) {
    }
}
