package kz.koshi.protection;

import java.time.Instant;
import java.util.Set;

import kz.koshi.reference.CrisisCentre;
import kz.koshi.shared.LocalizedName;

/**
 * A crisis centre with its places: capacity, how many are in service there, the services it offers, and
 * who last changed them (null when never changed since the seed).
 */
public record CentreOccupancy(String agencyCode, LocalizedName name, String regionCode, CrisisCentre.Funding funding,
                              int capacity, long occupancy, Set<ServiceType> services, String updatedBy, Instant updatedAt) {

    public long free() {
        return Math.max(0, capacity - occupancy);
    }

    public boolean full() {
        return occupancy >= capacity;
    }

    public boolean offers(Set<ServiceType> needs) {
        return services.containsAll(needs);
    }
}
