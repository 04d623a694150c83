package kz.koshi.stay.rules;

import java.time.LocalDate;

/**
 * A violation found by the engine: its kind, the day it began (its natural key per person), how many days
 * it lasted by the evaluation date or exit, the sanction the rules give, and a reason when the kind alone does not
 * say how it was counted (null otherwise). A violation that arose while removal was suspended is {@code suspended}:
 * recorded, not punishable (issue 12).
 */
public record Violation(ViolationKind kind, LocalDate since, long days, Sanction sanction, ViolationReason reason,
                        boolean suspended) {

    public Violation(ViolationKind kind, LocalDate since, long days, Sanction sanction, ViolationReason reason) {
        this(kind, since, days, sanction, reason, false);
    }

    public Violation(ViolationKind kind, LocalDate since, long days, Sanction sanction) {
        this(kind, since, days, sanction, null);
    }

    /** The same violation, recorded as not punishable. */
    public Violation asSuspended() {
        return new Violation(kind, since, days, sanction, reason, true);
    }

    /** Whether it may be punished: not arisen while removal was suspended. */
    public boolean punishable() {
        return !suspended;
    }
}
