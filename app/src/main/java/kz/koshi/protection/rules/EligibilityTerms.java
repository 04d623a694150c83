package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;


/**
 * Who may receive special social services from a date on (rule V4): in 2016 citizens, kandas and permanent
 * residents only; under the Social Code as practised in 2024-25, foreigners too.
 */
public record EligibilityTerms(LocalDate validFrom, Set<ResidenceCategory> eligible) {

    public EligibilityTerms {
        Objects.requireNonNull(validFrom, "validFrom");
        if (eligible == null || !eligible.contains(ResidenceCategory.CITIZEN)) {
            throw new IllegalArgumentException("eligibility terms must at least include citizens");
        }
        eligible = Set.copyOf(eligible);
    }
}
