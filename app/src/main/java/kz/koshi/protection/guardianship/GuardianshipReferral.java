package kz.koshi.protection.guardianship;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A child victim's referral as its guardianship authority sees it: the child (the name from the identity registry,
 * for the authority only), the case number and the crisis centre holding the case to work with, and the measures.
 * Never the grounds, indicators or notes of the case.
 */
public record GuardianshipReferral(long id, long caseId, String caseNumber, String authorityCode, String holdingAgency,
                                   String personNumber, String childName, String sex, LocalDate birthDate,
                                   String citizenship, String regionCode, GuardianshipStatus status, Instant referredAt,
                                   Instant acceptedAt, String acceptedBy, Instant closedAt, String closedBy,
                                   List<Measure> measures) {

    public record Measure(GuardianshipMeasure measure, LocalDate takenOn, String recordedBy) {
    }

    /** The child's age in full years on a day (the platform's day); null without a birth date. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    GuardianshipReferral withNameAndMeasures(String name, List<Measure> taken) {
        return new GuardianshipReferral(id, caseId, caseNumber, authorityCode, holdingAgency, personNumber, name, sex, birthDate,
                citizenship, regionCode, status, referredAt, acceptedAt, acceptedBy, closedAt, closedBy, taken);
    }
}
