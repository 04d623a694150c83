package kz.koshi.border;

import java.time.LocalDate;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/**
 * A minor's exit stopped at the border: a MINOR_EXIT alert the officer decided STOPPED (issue 17's "minors stopped at
 * the border"). Ids and codes only: the alert and crossing, the crossing's day, the child's citizenship, sex and age
 * group, the checkpoint's region and kind (AIR, ROAD, RAIL) and the alert's reason (UNACCOMPANIED, ...).
 */
public record MinorStopped(long alertId, long crossingId, LocalDate occurredOn, String citizenship, Sex sex, AgeGroup ageGroup,
                           String checkpointRegion, Checkpoint.Kind checkpointKind, String reason) {
}
