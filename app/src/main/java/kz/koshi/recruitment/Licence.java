package kz.koshi.recruitment;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.recruitment.rules.LicenceStatus;

/** A licence as recorded (its status before expiry is applied: see {@link kz.koshi.recruitment.rules.LicenceRules#on}). */
public record Licence(long id, long agencyId, String number, LocalDate validFrom, LocalDate validTo, LicenceStatus recorded,
                      List<String> destinations) {
}
