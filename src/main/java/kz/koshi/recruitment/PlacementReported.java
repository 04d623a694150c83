package kz.koshi.recruitment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a licensed agency's placement abroad is accepted: the facts the register of citizens abroad and the
 * risk signals need (ids, country, the employer's registration number and name key, contract dates, wage, fees),
 * never names. {@code employerNameKey} is the employer's name folded as identity folds names, for matching.
 * {@code personNumber} (added with the placements) is the worker's identity registry number, by which border crossings
 * and other records know the person; {@code personId} is {@link #personIdOf} that number.
 */
public record PlacementReported(UUID placementId, String agencyCode, UUID personId, String countryCode,
                                String employerRegistration, String employerNameKey, BigDecimal monthlyWage,
                                String wageCurrency, long feesKzt, LocalDate contractStart, LocalDate contractEnd,
                                Instant reportedAt, String personNumber) {

    /** The event without the person number (as first agreed); consumers that need the person read {@code personNumber}. */
    public PlacementReported(UUID placementId, String agencyCode, UUID personId, String countryCode, String employerRegistration,
                             String employerNameKey, BigDecimal monthlyWage, String wageCurrency, long feesKzt,
                             LocalDate contractStart, LocalDate contractEnd, Instant reportedAt) {
        this(placementId, agencyCode, personId, countryCode, employerRegistration, employerNameKey, monthlyWage, wageCurrency,
                feesKzt, contractStart, contractEnd, reportedAt, null);
    }

    /** A stable UUID for a person number (name-based, type 3): the same person always gets the same id. */
    public static UUID personIdOf(String personNumber) {
        return UUID.nameUUIDFromBytes(("koshi-person:" + personNumber).getBytes(StandardCharsets.UTF_8));
    }
}
