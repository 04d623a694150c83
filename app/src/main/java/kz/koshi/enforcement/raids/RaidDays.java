package kz.koshi.enforcement.raids;

import java.time.LocalDate;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** A raid's days: the first day not after today; the last, when known, not before the first nor after today. */
final class RaidDays {

    private RaidDays() {
    }

    static void check(LocalDate first, LocalDate last, LocalDate today) {
        if (first == null || first.isAfter(today)) {
            throw new DomainProblem(ProblemType.VALIDATION, "firstDay", "enforcement.raid.day-in-future");
        }
        if (last != null && last.isAfter(today)) {
            throw new DomainProblem(ProblemType.VALIDATION, "lastDay", "enforcement.raid.day-in-future");
        }
        if (last != null && last.isBefore(first)) {
            throw new DomainProblem(ProblemType.VALIDATION, "lastDay", "enforcement.raid.last-before-first");
        }
    }
}
