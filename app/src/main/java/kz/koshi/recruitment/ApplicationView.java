package kz.koshi.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import kz.koshi.recruitment.rules.ApplicationStatus;
import kz.koshi.recruitment.rules.ChecklistItem;

/** A licence application as stored, with its destinations and the person numbers behind it (no names). */
public record ApplicationView(long id, long agencyId, String legalName, String bin, String legalAddress, String actualAddress,
                              BigDecimal workerFee, String feeTerms, ApplicationStatus status, Set<ChecklistItem> checklist,
                              Instant submittedAt, Instant decidedAt, String reason, String contractName,
                              List<String> destinations, List<Behind> persons) {

    /** A founder or manager: role and person number. */
    public record Behind(PersonRole role, String personNumber) {
    }
}
