package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A violation on record, with its sanction and its state: OPEN, HANDLED by an officer, or WITHDRAWN (cleared by
 * later records, on {@code withdrawnOn}); {@code reason} says how it was counted when the kind alone does not
 * (EXIT_NOT_RECORDED), else null. A {@code suspended} violation arose while removal was suspended: not punishable,
 * shown as suspended to those who may know of a suspension ({@link RemovalSuspension}) and to no one else.
 */
public record StoredViolation(long id, String personNumber, String kind, LocalDate since, long days, String sanction,
                              String state, Instant detectedAt, String detectedBy, LocalDate withdrawnOn,
                              String reason, boolean suspended) {

    static final String OPEN = "OPEN";
    static final String WITHDRAWN = "WITHDRAWN";

    boolean open() {
        return OPEN.equals(state);
    }

    boolean withdrawn() {
        return WITHDRAWN.equals(state);
    }

    /** Found in a raid or inspection ({@link InspectionFindings}): the rules did not find it, so they do not withdraw it. */
    boolean foundInRaid() {
        return RaidViolations.DETECTED_BY.equals(detectedBy);
    }
}
