package kz.koshi.recruitment.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement abroad as recorded: the worker is a person number (names come from the registry, read with an audit
 * entry); {@code agreementInForce} false means the destination had no labour agreement in force when it was reported.
 */
public record Placement(UUID id, String agencyCode, String agencyName, String personNumber, String country, String employerName,
                        String employerCountry, String employerRegistration, String job, LocalDate contractStart,
                        LocalDate contractEnd, BigDecimal monthlyWage, String wageCurrency, long feesKzt, boolean agreementInForce,
                        Instant reportedAt, String reportedBy, List<Orientation> orientations) {

    public boolean flagged() {
        return !agreementInForce;
    }

    Placement withOrientations(List<Orientation> list) {
        return new Placement(id, agencyCode, agencyName, personNumber, country, employerName, employerCountry, employerRegistration,
                job, contractStart, contractEnd, monthlyWage, wageCurrency, feesKzt, agreementInForce, reportedAt, reportedBy, list);
    }
}
