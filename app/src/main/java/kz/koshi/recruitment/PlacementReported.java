package kz.koshi.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a licensed agency's placement abroad is accepted: the facts the register of citizens abroad and the
 * risk signals need (ids, country, the employer's registration number and name key, contract dates, wage, fees),
 * never names; the worker by person number (identity's, as every module keys persons). {@code employerNameKey} is
 * the employer's name folded as identity folds names, for matching.
 */
public record PlacementReported(UUID placementId, String agencyCode, String personNumber, String countryCode,
                                String employerRegistration, String employerNameKey, BigDecimal monthlyWage,
                                String wageCurrency, long feesKzt, LocalDate contractStart, LocalDate contractEnd,
                                Instant reportedAt) {
}
