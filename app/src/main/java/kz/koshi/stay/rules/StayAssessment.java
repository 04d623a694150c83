package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about a person on a date: status, the allowed stay, the registration deadline and who
 * registers, the permits held, the removal block, the person-level stay ledger (total days across every
 * visit and registration), every violation with its sanction, and the days of the entries that followed a visit
 * with no exit on record (each such visit is taken to end at that entry).
 */
public record StayAssessment(LocalDate on, StayStatus status, String countryGroup, LocalDate presentSince,
                             LocalDate allowedUntil, boolean registrationRequired, RuleSet.Registrar registrar,
                             LocalDate registerBy, boolean registered, List<StayFacts.PermitFact> permitsHeld,
                             boolean removalBlocked, long totalDaysInCountry, long currentStayDays,
                             int registrationCount, List<Violation> violations, boolean expulsionReview,
                             List<LocalDate> exitsNotRecorded) {

    public StayAssessment {
        permitsHeld = List.copyOf(permitsHeld);
        violations = List.copyOf(violations);
        exitsNotRecorded = List.copyOf(exitsNotRecorded);
    }

    /** A citizen of Kazakhstan: no country group, no stay limit, registration, ledger or violation. */
    static StayAssessment citizen(LocalDate on) {
        return new StayAssessment(on, StayStatus.CITIZEN, null, null, null, false, null, null, false, List.of(), false, 0, 0, 0,
                List.of(), false, List.of());
    }
}
