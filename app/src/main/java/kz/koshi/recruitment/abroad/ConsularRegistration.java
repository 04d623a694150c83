package kz.koshi.recruitment.abroad;

import java.time.LocalDate;

/** One consular registration as the foreign ministry's feed sends it, checked. */
record ConsularRegistration(String iin, String surname, String givenName, String countryCode, String city,
                            LocalDate registeredOn, LegalStatus status, LocalDate deregisteredOn) {

    /** The registration's key in the register: the person, the country and the day of registration. */
    String reference(String personNumber) {
        return personNumber + "|" + countryCode + "|" + registeredOn;
    }
}
