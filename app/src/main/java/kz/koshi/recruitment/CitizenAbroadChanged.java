package kz.koshi.recruitment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stay on the register of citizens abroad began or changed (issue 17's "citizens abroad"): the stay's id, its
 * country (ISO alpha-3, null while not known), the legal status (WITH_PLACEMENT, WITH_PERMIT, WITHOUT_PERMIT, UNKNOWN),
 * the day it began and the day it ended (null while abroad), as of {@code changedAt}. No person, no name: each event
 * tells the stay's whole state, so the latest one stands.
 */
public record CitizenAbroadChanged(long stayId, String countryCode, String legalStatus, LocalDate startedOn, LocalDate endedOn,
                                   Instant changedAt) {
}
