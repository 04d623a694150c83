package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.time.Period;

/** A victim under 18 is referred to child protection at once (rule V7). */
public final class ChildRule {

    public static final int ADULT_AGE = 18;

    private ChildRule() {
    }

    public static boolean isChild(LocalDate birthDate, LocalDate on) {
        return birthDate != null && Period.between(birthDate, on).getYears() < ADULT_AGE;
    }
}
