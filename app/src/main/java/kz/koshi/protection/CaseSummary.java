package kz.koshi.protection;

import java.time.LocalDate;

/** A line of a caseload: the pseudonym, never the name; the due dates and whether an alert is due. */
public record CaseSummary(long id, String caseNumber, String pseudonym, CaseStatus status, boolean minor,
                          boolean foreign, String regionCode, LocalDate periodEndsOn, LocalDate reflectionEndsOn,
                          boolean periodAlert, boolean reflectionAlert, boolean referralPending) {

    public boolean alert() {
        return periodAlert || reflectionAlert;
    }
}
