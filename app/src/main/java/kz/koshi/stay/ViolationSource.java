package kz.koshi.stay;

/** Where a violation in the queue comes from: the rules applied to the records, or a raid or inspection. */
public enum ViolationSource {
    RULES, RAID
}
