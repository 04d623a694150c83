package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Rules that change with the law, as a list of terms each valid from a date: the terms in force on a day
 * are the latest that started on or before it.
 */
final class DatedTerms<T> {

    private final List<T> terms;
    private final Function<T, LocalDate> validFrom;

    DatedTerms(List<T> terms, Function<T, LocalDate> validFrom, String what) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException("at least one set of " + what + " terms is needed");
        }
        this.terms = terms.stream().sorted(Comparator.comparing(validFrom)).toList();
        this.validFrom = validFrom;
    }

    /** The terms in force on {@code day}; none yet is refused on {@code field}. */
    T on(LocalDate day, String field) {
        return terms.stream().filter(t -> !validFrom.apply(t).isAfter(day)).reduce((a, b) -> b)
                .orElseThrow(() -> new RuleBroken(field, "protection.rule.no-terms"));
    }
}
