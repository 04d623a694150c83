package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import kz.koshi.stay.rules.RuleSet;
import kz.koshi.stay.rules.StayAssessment;
import kz.koshi.stay.rules.StayFacts;
import kz.koshi.stay.rules.StayStatus;
import kz.koshi.stay.rules.Violation;

/**
 * The rule engine's assessment as a caller of the API reads it. {@code removalSuspended} is there only for the
 * migration police and prosecutors ({@link RemovalSuspension}); for everyone else the field is absent.
 */
public record StayStatusView(LocalDate on, StayStatus status, String countryGroup, LocalDate presentSince,
                             LocalDate allowedUntil, boolean registrationRequired, RuleSet.Registrar registrar,
                             LocalDate registerBy, boolean registered, List<StayFacts.PermitFact> permitsHeld,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean removalSuspended,
                             long totalDaysInCountry, long currentStayDays, int registrationCount,
                             List<Violation> violations, boolean expulsionReview, List<LocalDate> exitsNotRecorded) {

    /** Suspended violations (not punishable) are left out for those who may not know of a suspension. */
    static StayStatusView of(StayAssessment a, Boolean removalSuspended) {
        List<Violation> violations = removalSuspended == null ? a.violations().stream().filter(Violation::punishable).toList()
                : a.violations();
        return new StayStatusView(a.on(), a.status(), a.countryGroup(), a.presentSince(), a.allowedUntil(),
                a.registrationRequired(), a.registrar(), a.registerBy(), a.registered(), a.permitsHeld(), removalSuspended,
                a.totalDaysInCountry(), a.currentStayDays(), a.registrationCount(), violations, a.expulsionReview(),
                a.exitsNotRecorded());
    }
}
