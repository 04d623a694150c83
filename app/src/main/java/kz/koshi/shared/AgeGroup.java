package kz.koshi.shared;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age bands the commission's statistics count by (DOMAIN.md 7: "victim sex, age band"): a child is under 18 on
 * the day counted. Events carry the band, never the date of birth.
 */
public enum AgeGroup {
    UNDER_18(0), FROM_18_TO_29(18), FROM_30_TO_44(30), FROM_45_TO_59(45), FROM_60(60);

    private final int fromYears;

    AgeGroup(int fromYears) {
        this.fromYears = fromYears;
    }

    /** The band of someone born on {@code born} on the day {@code on}; null when the birth date is not known. */
    public static AgeGroup of(LocalDate born, LocalDate on) {
        if (born == null || on == null) {
            return null;
        }
        int years = Period.between(born, on).getYears();
        AgeGroup band = UNDER_18;
        for (AgeGroup group : values()) {
            if (years >= group.fromYears) {
                band = group;
            }
        }
        return band;
    }
}
