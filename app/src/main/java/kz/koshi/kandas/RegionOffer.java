package kz.koshi.kandas;

import java.util.Set;

import kz.koshi.kandas.engine.SupportKind;

/** What an akimat offers newcomers: housing places (free ones, after its reservations) and other support. */
public record RegionOffer(String regionCode, int housingPlaces, Set<SupportKind> support) {

    public RegionOffer {
        support = Set.copyOf(support);
    }

    static RegionOffer none(String regionCode) {
        return new RegionOffer(regionCode, 0, Set.of());
    }
}
