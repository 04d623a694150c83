package kz.koshi.kandas;

/** A kandas application's status as the migration police record it: applied, then granted or refused. */
@org.springframework.modulith.NamedInterface("events")
public enum ApplicationStatus {
    APPLIED, GRANTED, REFUSED;

    /** Whether this status may follow the one before (null: the person has arrived, no application yet). */
    boolean follows(ApplicationStatus before) {
        return this == APPLIED ? before == null : before == APPLIED;
    }
}
