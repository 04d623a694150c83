package kz.koshi.stay.violations;

import java.time.LocalDate;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/**
 * What a handling must agree with: only an open violation is handled, never one that arose while removal was
 * suspended (not punishable, V5); a fine has an amount and a warning none; the protocol is dated between the day the
 * violation began and today.
 */
final class HandlingRules {

    private HandlingRules() {
    }

    static void check(QueueRow violation, Handling handling, LocalDate today) {
        if (!violation.open()) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.violation.handled");
        }
        if (violation.suspended()) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.violation.suspended.not-handled");
        }
        if (handling.penalty() == Penalty.FINE && handling.fineTenge() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "fineTenge", "stay.handling.fine.required");
        }
        if (handling.penalty() == Penalty.WARNING && handling.fineTenge() != null) {
            throw new DomainProblem(ProblemType.VALIDATION, "fineTenge", "stay.handling.fine.with-warning");
        }
        if (handling.handledOn().isBefore(violation.since()) || handling.handledOn().isAfter(today)) {
            throw new DomainProblem(ProblemType.VALIDATION, "handledOn", "stay.handling.day.outside");
        }
    }
}
