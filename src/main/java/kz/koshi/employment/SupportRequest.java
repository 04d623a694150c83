package kz.koshi.employment;

import java.time.LocalDate;

/**
 * What a career centre sees: a person was referred for employment support. The same for every programme:
 * nothing says where the referral came from or why, and {@code requestedOn} is the day it arrived here.
 */
public record SupportRequest(long id, String personNumber, String regionCode, LocalDate requestedOn,
                             String contactPhone, SupportRequestStatus status) {
}
