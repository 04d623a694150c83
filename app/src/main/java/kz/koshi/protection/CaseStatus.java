package kz.koshi.protection;

import java.util.EnumSet;
import java.util.Set;

/** Where a protection case stands; the status owns its allowed transitions. */
public enum CaseStatus {
    /** Presumed victim identified, not yet with a provider. */
    OPEN,
    /** Referred to a provider who has not admitted the person yet. */
    REFERRED,
    /** Admitted: special social services are being delivered. */
    IN_SERVICE,
    /** Closed with a reason; follow-up contacts are still recorded. */
    CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(REFERRED, CLOSED);
            case REFERRED -> EnumSet.of(OPEN, REFERRED, IN_SERVICE, CLOSED);
            case IN_SERVICE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Htcds 2.0 cas_Status. */
    public String htcds() {
        return this == CLOSED ? "Closed" : "Active";
    }
}
