package kz.koshi.kandas;

import java.time.LocalDate;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Step 3: up to three preferred regions and why, housing, skills and the intended day of arrival. */
public record PlansAnswers(@Size(max = 16) String preferredRegion1, @Size(max = 16) String preferredRegion2,
                           @Size(max = 16) String preferredRegion3, PreferenceReason preferenceReason,
                           @NotNull HousingNeed housingNeed, @Size(max = 500) String skills,
                           @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate) {

    public static PlansAnswers blank() {
        return new PlansAnswers(null, null, null, null, null, null, null);
    }

    /** The regions named, first choice first, blanks left out. */
    public java.util.List<String> preferredRegions() {
        return Stream.of(preferredRegion1, preferredRegion2, preferredRegion3).filter(r -> r != null && !r.isBlank()).toList();
    }
}
