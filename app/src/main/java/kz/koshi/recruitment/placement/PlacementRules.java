package kz.koshi.recruitment.placement;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import kz.koshi.recruitment.LicenceStanding;
import kz.koshi.shared.Iin;

import static kz.koshi.recruitment.PlacementRefusal.*;

/** Why a placement must be refused (docs/recruitment.md, "Placements"): every reason at once, none when it may be recorded. */
final class PlacementRules {

    static final int ADULT_AGE = 18;

    private PlacementRules() {
    }

    static List<Refusal> check(PlacementForm f, Optional<LicenceStanding> licence, LocalDate today, long feeLimitKzt,
                               Predicate<String> countryAbroad) {
        List<Refusal> refusals = new ArrayList<>();
        boolean licensed = licence.filter(l -> l.status().valid()).isPresent();
        if (!licensed) {
            refusals.add(Refusal.of(NO_VALID_LICENCE, null));
        }
        if (!countryAbroad.test(f.getCountry())) {
            refusals.add(Refusal.of(UNKNOWN_COUNTRY, "country"));
        } else if (licensed && !licence.get().allows(f.getCountry())) {
            refusals.add(Refusal.of(DESTINATION_NOT_LICENSED, "country"));
        }
        if (!countryAbroad.test(f.getEmployerCountry())) {
            refusals.add(Refusal.of(UNKNOWN_COUNTRY, "employerCountry"));
        }
        if (Period.between(Iin.of(f.getWorkerIin()).birthDate(), today).getYears() < ADULT_AGE) {
            refusals.add(Refusal.of(WORKER_UNDER_18, "workerIin"));
        }
        if (f.getFeesKzt() > feeLimitKzt) {
            refusals.add(Refusal.of(FEES_ABOVE_LIMIT, "feesKzt"));
        }
        if (f.getContractEnd().isBefore(f.getContractStart())) {
            refusals.add(Refusal.of(CONTRACT_DATES, "contractEnd"));
        }
        return refusals;
    }
}
