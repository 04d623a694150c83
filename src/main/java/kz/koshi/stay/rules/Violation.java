package kz.koshi.stay.rules;

import java.time.LocalDate;

/**
 * A violation found by the engine: its kind, the day it began (its natural key per person), how many days
 * it lasted by the evaluation date or exit, and the sanction the rules give.
 */
public record Violation(ViolationKind kind, LocalDate since, long days, Sanction sanction) {
}
