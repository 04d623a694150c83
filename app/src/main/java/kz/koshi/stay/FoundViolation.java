package kz.koshi.stay;

import kz.koshi.stay.rules.ViolationKind;

/**
 * The violations a raid or an inspection can find on the spot and hand to stay (issue 16): work without a permit, a
 * missed registration, an overstay. The others (an expulsion not executed, an entry during a ban) come from the records
 * and are found by the rules.
 */
public enum FoundViolation {
    WORK_WITHOUT_PERMIT, MISSED_REGISTRATION, OVERSTAY;

    ViolationKind kind() {
        return ViolationKind.valueOf(name());
    }
}
