package kz.koshi.protection.guardianship;

import java.util.Optional;

import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Which guardianship authority receives a child: the one of the child's region (the screening's region, always
 * known and in force); where that region has no active authority (a region formed after the reference data was
 * loaded), the one of the region of the agency holding the case; failing that, the capital's.
 */
@Component
class GuardianshipRouting {

    static final String CAPITAL = "GUARDIANSHIP-KZ-71";

    private final ReferenceData reference;

    GuardianshipRouting(ReferenceData reference) {
        this.reference = reference;
    }

    String authorityFor(String childRegion, String holdingAgency) {
        String holderRegion = reference.agency(holdingAgency).map(Agency::regionCode).orElse(null);
        return ofRegion(childRegion).or(() -> ofRegion(holderRegion)).orElse(CAPITAL);
    }

    private Optional<String> ofRegion(String region) {
        return reference.agencies().stream()
                .filter(a -> a.type() == AgencyType.GUARDIANSHIP_AUTHORITY && a.active() && a.regionCode() != null)
                .filter(a -> a.regionCode().equals(region)).map(Agency::code).findFirst();
    }
}
