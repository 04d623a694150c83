package kz.koshi.recruitment;

import java.time.Instant;
import java.util.Set;

/**
 * Published when a placement an agency reported is refused (nothing of it is stored): the agency and why, for the
 * risk signals (an attempted placement of a minor, fees above the limit). No worker is named.
 */
public record PlacementRefused(String agencyCode, Set<PlacementRefusal> reasons, String countryCode, Instant at) {
}
