package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Who gets a reflection period and how long it lasts. A presumed victim who is not a citizen gets one at
 * once, whatever their cooperation with the police (rules V5, V6); its length follows the dated terms.
 */
public final class ReflectionRules {

    public static final String KAZAKHSTAN = "KAZ";

    private final DatedTerms<ReflectionTerms> terms;

    public ReflectionRules(List<ReflectionTerms> terms) {
        this.terms = new DatedTerms<>(terms, ReflectionTerms::validFrom, "reflection");
    }

    public boolean appliesTo(String citizenship) {
        return !KAZAKHSTAN.equals(citizenship);
    }

    public ReflectionPeriod startOn(LocalDate day) {
        ReflectionTerms inForce = terms.on(day, "openedOn");
        return new ReflectionPeriod(day, day.plusDays(inForce.days()));
    }
}
