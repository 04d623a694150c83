package kz.koshi.protection;

import java.time.LocalDate;

/**
 * What a career centre sees: a person asked for employment support. Nothing here says where the request
 * came from or why (rule V8): no case, no centre, no victim status.
 */
public record EmploymentRequest(long id, String personNumber, String regionCode, LocalDate requestedOn,
                                String contactPhone, EmploymentRequestStatus status) {
}
