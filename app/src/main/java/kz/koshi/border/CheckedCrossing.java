package kz.koshi.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A crossing whose every field has been checked and parsed. */
record CheckedCrossing(Direction direction, String checkpoint, Instant occurredAt, String documentType,
                       String documentNumber, String documentCountry, LocalDate documentExpiresOn, String surname,
                       String givenNames, LocalDate birthDate, String sex, String citizenship, String purpose,
                       List<CheckedMinor> minors, Integer lane) {

    record CheckedMinor(String surname, String givenNames, LocalDate birthDate, String citizenship,
                        String documentNumber, String relation) {
    }

    boolean foreigner() {
        return !"KAZ".equals(citizenship);
    }
}
