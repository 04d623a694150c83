package kz.koshi.protection.rules;

import java.util.Map;
import java.util.Optional;

/**
 * Regions without a crisis centre of their own (seed 001 has 13 centres in 11 regions), each with the region of the
 * nearest one by road: Almaty city and region to Zhetisu, the west to Aktobe, the east and Pavlodar to Abai, Ulytau
 * to Karaganda. Used for a border or police screening's hand-over and for the hotline's screening requests.
 */
public final class NearestCentres {

    private static final Map<String, String> NEAREST = Map.of("KZ-19", "KZ-33", "KZ-75", "KZ-33", "KZ-23", "KZ-15",
            "KZ-27", "KZ-15", "KZ-47", "KZ-15", "KZ-55", "KZ-10", "KZ-62", "KZ-35", "KZ-63", "KZ-10");

    private NearestCentres() {
    }

    /** The region whose crisis centre serves a region that has none; empty for a region with its own. */
    public static Optional<String> regionServing(String region) {
        return Optional.ofNullable(region == null ? null : NEAREST.get(region));
    }
}
