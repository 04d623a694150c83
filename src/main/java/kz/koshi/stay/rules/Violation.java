package kz.koshi.stay.rules;

import java.time.LocalDate;

/**
 * A violation found by the engine: its kind, the day it began (its natural key per person), how many days
 * it lasted by the evaluation date or exit, the sanction the rules give, and a reason when the kind alone does not
 * say how it was counted (null otherwise).
 */
public record Violation(ViolationKind kind, LocalDate since, long days, Sanction sanction, ViolationReason reason) {

    public Violation(ViolationKind kind, LocalDate since, long days, Sanction sanction) {
        this(kind, since, days, sanction, null);
    }
}
