package kz.koshi.enforcement.raids;

/** A raid is open while persons checked and findings are added; completed once, with its last day, for good. */
public enum RaidState {
    OPEN, COMPLETED;

    boolean takesFindings() {
        return this == OPEN;
    }
}
