package kz.koshi.recruitment.placement;

import kz.koshi.recruitment.PlacementRefusal;

/** One reason a placement is refused, with the field at fault and the message key the agency reads. */
public record Refusal(PlacementRefusal reason, String field, String message) {

    static Refusal of(PlacementRefusal reason, String field) {
        return new Refusal(reason, field, "recruitment.placement.refused." + reason.name());
    }
}
