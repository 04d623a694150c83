package kz.koshi.enforcement.channels;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;

/**
 * An illegal-migration channel as the migration police or the border service record it: their reference (unique within
 * the agency), the region and day it was stopped, the persons moved as reported, the route (countries in order, ISO
 * alpha-3; the checkpoints used), the organisers (registry persons by number; organisations by BIN) and the persons
 * moved who were identified (registry persons by number). Codes are trimmed and upper-cased; absent lists are empty.
 */
public record NewChannel(
        @NotBlank @Size(max = 64) String reference,
        @NotBlank @Size(max = 16) String regionCode,
        @NotNull @SaneDate(DateMeaning.EVENT) LocalDate stoppedOn,
        @NotNull @PositiveOrZero(message = "{enforcement.channel.moved-negative}") @Max(100_000) Integer personsMoved,
        @NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 3) String> routeCountries,
        @Size(max = 12) List<@NotBlank @Size(max = 16) String> checkpoints,
        @Size(max = 50) List<@NotBlank @Size(max = 11) String> organiserPersons,
        @Size(max = 20) List<@NotBlank @Size(max = 12) String> organiserBins,
        @Size(max = 500) List<@NotBlank @Size(max = 11) String> personsIdentified) {

    public NewChannel {
        reference = reference == null ? null : reference.strip().replaceAll("\\s+", " ");
        regionCode = code(regionCode);
        routeCountries = codes(routeCountries);
        checkpoints = codes(checkpoints);
        organiserPersons = codes(organiserPersons);
        organiserBins = codes(organiserBins);
        personsIdentified = codes(personsIdentified);
    }

    private static String code(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : code(v)).toList();
    }
}
