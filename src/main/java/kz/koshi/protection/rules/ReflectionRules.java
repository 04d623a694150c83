package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Who gets a reflection period and how long it lasts. A presumed victim who is not a citizen gets one at
 * once, whatever their cooperation with the police (rules V5, V6); its length follows the dated terms.
 */
public final class ReflectionRules {

    public static final String KAZAKHSTAN = "KAZ";

    private final List<ReflectionTerms> terms;

    public ReflectionRules(List<ReflectionTerms> terms) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException("at least one set of reflection terms is needed");
        }
        this.terms = terms.stream().sorted(Comparator.comparing(ReflectionTerms::validFrom)).toList();
    }

    public boolean appliesTo(String citizenship) {
        return !KAZAKHSTAN.equals(citizenship);
    }

    public ReflectionPeriod startOn(LocalDate day) {
        ReflectionTerms inForce = terms.stream().filter(t -> !t.validFrom().isAfter(day)).reduce((a, b) -> b)
                .orElseThrow(() -> new RuleBroken("openedOn", "protection.rule.no-terms"));
        return new ReflectionPeriod(day, day.plusDays(inForce.days()));
    }
}
