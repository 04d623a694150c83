package kz.koshi.kandas;

import java.time.LocalDate;

/**
 * Where a family stands after its survey: the day its first member arrived (null: not yet), the region it settled in
 * last and since when (null: not yet), whether that region was a priority one on the day, and how many times it moved
 * again after settling first.
 */
public record FamilyProgress(LocalDate arrivedOn, String settledRegion, LocalDate settledOn, boolean priorityRegion, int movedAgain) {

    static final FamilyProgress EXPECTED = new FamilyProgress(null, null, null, false, 0);
}
