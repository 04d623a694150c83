package kz.koshi.stay;

import java.time.LocalDate;

/**
 * A foreigner's registration was recorded (issue 17): its id, who registered (party: HOST, HOTEL, POLICE, ...), on
 * what basis, the day it runs from, and the person's citizenship (ISO alpha-3). No name, no address.
 */
public record RegistrationRecorded(long registrationId, String party, String basis, LocalDate validFrom, String citizenship) {
}
