package kz.koshi.protection;

import java.time.Instant;
import java.time.LocalDate;

import kz.koshi.protection.rules.ReflectionRules;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.protection.rules.ServicePeriod;

/** A protection case as stored; {@code grounds} is ciphertext; {@code identityRecordId} is the record sent to the registry. */
record CaseRow(long id, String caseNumber, long screeningId, String personNumber, String identityRecordId,
               String pseudonym, String sex,
               LocalDate birthDate, boolean minor, String citizenship, String regionCode, String grounds,
               CaseStatus status, String ownerAgency, Instant openedAt, String centreCode, LocalDate admittedOn,
               LocalDate periodEndsOn, boolean periodExtended, LocalDate reflectionStartsOn, LocalDate reflectionEndsOn,
               LocalDate reflectionEndedOn, Instant childProtectionAt, LocalDate closedOn, ClosureReason closureReason,
               ResidenceCategory residence) {

    boolean foreign() {
        return !ReflectionRules.KAZAKHSTAN.equals(citizenship);
    }

    /** The service period, once the person is admitted. */
    ServicePeriod servicePeriod() {
        return admittedOn == null ? null : new ServicePeriod(admittedOn, periodEndsOn, periodExtended);
    }

    boolean reflectionActive() {
        return reflectionStartsOn != null && reflectionEndedOn == null;
    }
}
