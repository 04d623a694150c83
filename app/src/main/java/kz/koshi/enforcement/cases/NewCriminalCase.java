package kz.koshi.enforcement.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;

/**
 * A criminal case as the police or the prosecutor registers it: the agency's own reference (e.g. the ЕРДР number), the
 * article, the stage it is at and since when ({@code stageOn}, the opening day when not given), the region, the
 * suspects (a person's registry number or IIN; an organisation's BIN) and the protection case numbers it concerns.
 */
public record NewCriminalCase(
        @NotBlank @Size(max = 64) String reference,
        @NotBlank @Size(max = 8) String article,
        @NotNull CriminalStage stage,
        @NotBlank @Size(max = 16) String regionCode,
        @NotNull @SaneDate(DateMeaning.EVENT) LocalDate openedOn,
        @SaneDate(DateMeaning.EVENT) LocalDate stageOn,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> suspectPersons,
        @Size(max = 20) List<@NotBlank @Size(max = 12) String> suspectOrganisations,
        @Size(max = 20) List<@NotBlank @Size(max = 32) String> protectionCases) {

    public NewCriminalCase {
        reference = reference == null ? null : reference.strip();
        suspectPersons = tidy(suspectPersons);
        suspectOrganisations = tidy(suspectOrganisations);
        protectionCases = tidy(protectionCases);
    }

    /** Each value stripped, once; a missing value becomes blank (and is refused as such). */
    private static List<String> tidy(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.strip()).distinct().toList();
    }

    /** The day of the stage the case is registered at: the opening day unless another is given. */
    public LocalDate stageDay() {
        return stageOn == null ? openedOn : stageOn;
    }
}
