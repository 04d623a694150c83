package kz.koshi.stay.rules;

/** Why a violation was counted as it was, when the kind alone does not say it. */
public enum ViolationReason {
    /**
     * The visit has no recorded exit: a later entry ended it, so its days are counted up to that entry. The person
     * left without passing a checkpoint, or the exit (or the later entry) is false (DOMAIN.md section 6).
     */
    EXIT_NOT_RECORDED
}
