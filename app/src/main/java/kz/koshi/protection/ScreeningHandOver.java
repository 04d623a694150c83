package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.koshi.protection.rules.NearestCentres;
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
        List<CrisisCentre> open = openCentres(today);
        if (s.crisisCentre() != null && !s.crisisCentre().isBlank()) {
            return Optional.of(open.stream().map(CrisisCentre::agencyCode).filter(s.crisisCentre().strip()::equals).findFirst()
                    .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "crisisCentre", "protection.screening.centre-unknown")));
        }
        return nearest(open, s.regionCode());
    }

    /** The crisis centre of a region, else of the nearest region with one, else the first (by code) open today. */
    String nearestTo(String region, LocalDate today) {
        return nearest(openCentres(today), region).orElseThrow();
    }

    private List<CrisisCentre> openCentres(LocalDate today) {
        return reference.crisisCentres().stream()
                .filter(c -> !c.validFrom().isAfter(today) && (c.validTo() == null || c.validTo().isAfter(today)))
                .sorted(Comparator.comparing(CrisisCentre::agencyCode)).toList();
    }

    private static Optional<String> nearest(List<CrisisCentre> open, String region) {
        return inRegion(open, region).or(() -> NearestCentres.regionServing(region).flatMap(r -> inRegion(open, r)))
                .or(() -> open.stream().findFirst()).map(CrisisCentre::agencyCode);
    }

    private static Optional<CrisisCentre> inRegion(List<CrisisCentre> centres, String region) {
        return centres.stream().filter(c -> c.regionCode().equals(region)).findFirst();
    }
}
