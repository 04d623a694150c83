package kz.koshi.identity.split;

/** Where a split proposal stands; OPEN and DEFERRED await a reviewer, ACCEPTED and REJECTED are final. */
public enum SplitStatus {
    OPEN, DEFERRED, ACCEPTED, REJECTED;

    public boolean awaitsDecision() {
        return this == OPEN || this == DEFERRED;
    }
}
