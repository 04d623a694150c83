package kz.koshi.recruitment.abroad;

import java.time.LocalDate;

/** A person's stay abroad as the register holds it (person number only; names come from the identity registry). */
public record Stay(long id, String personNumber, String countryCode, LegalStatus legalStatus, LocalDate startedOn,
                   LocalDate endedOn, ReturnReason returnReason, String agencyCode, LocalDate contractEnd, String city,
                   LocalDate lastConsularOn, Long referralRequestId) {

    public boolean returned() {
        return endedOn != null;
    }
}
