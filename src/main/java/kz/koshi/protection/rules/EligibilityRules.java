package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import kz.koshi.protection.ResidenceCategory;

/**
 * Eligibility for special social services, checked on admission against the terms in force that day. The
 * terms are dated, so a change of the Social Code is a configuration change (rule V4).
 */
public final class EligibilityRules {

    private final List<EligibilityTerms> terms;

    public EligibilityRules(List<EligibilityTerms> terms) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException("at least one set of eligibility terms is needed");
        }
        this.terms = terms.stream().sorted(Comparator.comparing(EligibilityTerms::validFrom)).toList();
    }

    public EligibilityTerms termsOn(LocalDate day) {
        return terms.stream().filter(t -> !t.validFrom().isAfter(day)).reduce((a, b) -> b)
                .orElseThrow(() -> new RuleBroken("admittedOn", "protection.rule.no-terms"));
    }

    /** Refuses a person whose residence category the terms in force on {@code admittedOn} do not cover. */
    public void checkAdmission(ResidenceCategory residence, LocalDate admittedOn) {
        if (!termsOn(admittedOn).eligible().contains(residence)) {
            throw new RuleBroken("residence", "protection.rule.not-eligible");
        }
    }
}
