package kz.koshi.identity.split;

/** What a reviewer decides on a split proposal. */
public enum SplitDecision {
    ACCEPT, REJECT, DEFER
}
