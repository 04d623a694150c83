package kz.koshi.border;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One crossing as a border post system sends it (the JSON). Dates stay text here so that an
 * impossible date is reported against its field rather than as unreadable JSON.
 */
public record CrossingRequest(
        @NotBlank @Pattern(regexp = "ENTRY|EXIT", message = "must be ENTRY or EXIT") String direction,
        @NotBlank @Size(max = 16) String checkpoint,
        @NotBlank String occurredAt,
        @NotNull @Valid Document document,
        @NotBlank @Size(max = 100) String surname,
        @Size(max = 100) String givenNames,
        @NotBlank String birthDate,
        @NotBlank @Pattern(regexp = "[MFX]", message = "must be M, F or X") String sex,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166 alpha-3 code") String citizenship,
        @Pattern(regexp = "WORK|PRIVATE|BUSINESS|STUDY|TOURISM|TRANSIT|OFFICIAL|RESIDENCE|OTHER",
                message = "must be WORK, PRIVATE, BUSINESS, STUDY, TOURISM, TRANSIT, OFFICIAL, RESIDENCE or OTHER") String purpose,
        @Size(max = 10) List<@Valid @NotNull Minor> accompanyingMinors) {

    public List<Minor> minors() {
        return accompanyingMinors == null ? List.of() : accompanyingMinors;
    }

    public record Document(
            @NotBlank @Pattern(regexp = "PASSPORT|ID_CARD|TRAVEL_DOCUMENT|OTHER",
                    message = "must be PASSPORT, ID_CARD, TRAVEL_DOCUMENT or OTHER") String type,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{5,20}", message = "is not a valid document number") String number,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166 alpha-3 code") String issuingCountry,
            String expiresOn) {
    }

    /** A child crossing with the adult, and the adult's declared relation to the child. */
    public record Minor(
            @NotBlank @Size(max = 100) String surname,
            @Size(max = 100) String givenNames,
            @NotBlank String birthDate,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166 alpha-3 code") String citizenship,
            @Size(max = 20) String documentNumber,
            @NotBlank @Pattern(regexp = "PARENT|GUARDIAN|RELATIVE|OTHER",
                    message = "must be PARENT, GUARDIAN, RELATIVE or OTHER") String relation) {
    }
}
