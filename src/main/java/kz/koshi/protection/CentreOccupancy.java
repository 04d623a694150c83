package kz.koshi.protection;

import java.util.Set;

import kz.koshi.reference.CrisisCentre;
import kz.koshi.shared.LocalizedName;

/** A crisis centre with its places: capacity, how many are in service there, and the services it offers. */
public record CentreOccupancy(String agencyCode, LocalizedName name, String regionCode, CrisisCentre.Funding funding,
                              int capacity, long occupancy, Set<ServiceType> services) {

    public long free() {
        return Math.max(0, capacity - occupancy);
    }

    public boolean full() {
        return occupancy >= capacity;
    }
}
