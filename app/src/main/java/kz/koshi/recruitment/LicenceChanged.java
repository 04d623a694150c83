package kz.koshi.recruitment;

import java.time.LocalDate;

import kz.koshi.recruitment.rules.LicenceAct;
import kz.koshi.recruitment.rules.LicenceStatus;

/** Published after every act on a licence (granted, suspended, ...): ids and dates only, for later parts. */
public record LicenceChanged(String agencyCode, String licenceNumber, LicenceAct act, LicenceStatus status, LocalDate on) {
}
