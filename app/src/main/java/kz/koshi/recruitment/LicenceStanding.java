package kz.koshi.recruitment;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.recruitment.rules.LicenceStatus;

/** An agency's licence as it stands today (expiry already applied): what placements will be checked against. */
public record LicenceStanding(String agencyCode, String number, LicenceStatus status, LocalDate validFrom, LocalDate validTo,
                             List<String> destinations) {

    /** Valid or suspended: the agency holds a licence and applies for no other. */
    public boolean running() {
        return status == LicenceStatus.ACTIVE || status == LicenceStatus.SUSPENDED;
    }

    public boolean allows(String country) {
        return status.valid() && destinations.contains(country);
    }
}
