package kz.koshi.protection;

import java.time.Instant;

/**
 * A hotline's screening request as the agency asked sees it: the facts as told (null in the queue's list, where only
 * the region and the time show), the region and the status; after screening, the case it opened (if any).
 */
public record ScreeningRequest(long id, long hotlineCall, String agencyCode, String regionCode, String facts,
                               ScreeningRequestStatus status, Instant requestedAt, Long caseId) {
}
