package kz.koshi.recruitment;

import java.util.Optional;

/** One agency in the labour authority's register: the agency and its licence as it stands today. */
public record RegisterRow(Agency agency, Optional<LicenceStanding> licence) {
}
