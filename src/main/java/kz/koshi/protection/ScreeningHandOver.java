package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.CrisisCentre;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * The national referral mechanism at first contact: a presumed victim screened by a border or police system is
 * handed at once to a crisis centre (the one the screening names, else the one of the screening's region, else the
 * nearest), so that the case is held by those who serve victims and never by an agency that cannot read it.
 * A crisis centre's own screening stays with it.
 */
@Component
class ScreeningHandOver {

    /**
     * Regions without a crisis centre of their own (seed 001 has 13 centres in 11 regions), each with the region of
     * the nearest one by road: Almaty city and region to Zhetisu, the west to Aktobe, the east and Pavlodar to Abai,
     * Ulytau to Karaganda.
     */
    private static final Map<String, String> NEAREST = Map.of("KZ-19", "KZ-33", "KZ-75", "KZ-33", "KZ-23", "KZ-15",
            "KZ-27", "KZ-15", "KZ-47", "KZ-15", "KZ-55", "KZ-10", "KZ-62", "KZ-35", "KZ-63", "KZ-10");

    private final ReferenceData reference;

    ScreeningHandOver(ReferenceData reference) {
        this.reference = reference;
    }

    /** The crisis centre that must hold the case, or empty when the screening agency is a crisis centre itself. */
    Optional<String> centreFor(NewScreening s, String screeningAgency, LocalDate today) {
        boolean centreItself = screeningAgency != null && reference.agency(screeningAgency).map(Agency::type)
                .filter(t -> t == AgencyType.CRISIS_CENTRE).isPresent();
        if (centreItself) {
            return Optional.empty();
        }
        List<CrisisCentre> open = reference.crisisCentres().stream()
                .filter(c -> !c.validFrom().isAfter(today) && (c.validTo() == null || c.validTo().isAfter(today)))
                .sorted(Comparator.comparing(CrisisCentre::agencyCode)).toList();
        if (s.crisisCentre() != null && !s.crisisCentre().isBlank()) {
            return Optional.of(open.stream().map(CrisisCentre::agencyCode).filter(s.crisisCentre().strip()::equals).findFirst()
                    .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "crisisCentre", "protection.screening.centre-unknown")));
        }
        return inRegion(open, s.regionCode()).or(() -> inRegion(open, NEAREST.get(s.regionCode())))
                .or(() -> open.stream().findFirst()).map(CrisisCentre::agencyCode);
    }

    private static Optional<CrisisCentre> inRegion(List<CrisisCentre> centres, String region) {
        return centres.stream().filter(c -> c.regionCode().equals(region)).findFirst();
    }
}
