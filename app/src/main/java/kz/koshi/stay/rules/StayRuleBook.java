package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * All dated versions of the stay rules; the one in force on a date is the latest that began by then. Plain Java:
 * the stay module binds it from {@code koshi.stay.rules} ({@code StayRulesConfig}).
 */
public record StayRuleBook(List<RuleSet> versions) {

    public StayRuleBook {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no stay rules configured");
        }
    }

    public RuleSet on(LocalDate date) {
        return versions.stream().filter(v -> !v.validFrom().isAfter(date)).max(Comparator.comparing(RuleSet::validFrom))
                .orElseGet(() -> versions.stream().min(Comparator.comparing(RuleSet::validFrom)).orElseThrow());
    }
}
