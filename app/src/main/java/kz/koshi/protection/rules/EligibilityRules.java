package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.List;


/**
 * Eligibility for special social services, checked on admission against the terms in force that day. The
 * terms are dated, so a change of the Social Code is a configuration change (rule V4).
 */
public final class EligibilityRules {

    private final DatedTerms<EligibilityTerms> terms;

    public EligibilityRules(List<EligibilityTerms> terms) {
        this.terms = new DatedTerms<>(terms, EligibilityTerms::validFrom, "eligibility");
    }

    public EligibilityTerms termsOn(LocalDate day) {
        return terms.on(day, "admittedOn");
    }

    /** Refuses a person whose residence category the terms in force on {@code admittedOn} do not cover. */
    public void checkAdmission(ResidenceCategory residence, LocalDate admittedOn) {
        if (!termsOn(admittedOn).eligible().contains(residence)) {
            throw new RuleBroken("residence", "protection.rule.not-eligible");
        }
    }
}
