package kz.koshi.kandas;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import kz.koshi.kandas.engine.SupportKind;

/** An akimat's offer to newcomers: housing places in all and the support it gives. */
public record OfferForm(@NotNull @Min(value = 0, message = "{kandas.offer.places-invalid}") @Max(value = 100000, message = "{kandas.offer.places-invalid}") Integer housingPlaces, List<SupportKind> support) {

    public OfferForm {
        support = support == null ? List.of() : List.copyOf(support);
    }
}
