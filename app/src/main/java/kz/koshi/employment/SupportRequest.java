package kz.koshi.employment;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a career centre sees: a person was referred for employment support, with their name, the languages and
 * skills the referral gave, and the contacts the person agreed to share. The same for every programme: nothing says
 * where the referral came from or why, and {@code requestedOn} is the day it arrived here.
 */
public record SupportRequest(long id, String personNumber, String personName, String regionCode, LocalDate requestedOn,
                             Set<Language> languages, String skills, String contactPhone, String contactEmail,
                             SupportRequestStatus status) {
}
