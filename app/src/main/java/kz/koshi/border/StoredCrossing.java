package kz.koshi.border;

import java.time.Instant;
import java.time.LocalDate;

/** A crossing as stored, names included: for officers' screens and card issue only. */
record StoredCrossing(long id, String personNumber, Direction direction, String checkpoint, Instant occurredAt,
                      String documentType, String documentNumber, String documentCountry, LocalDate documentExpiresOn,
                      String surname, String givenNames, LocalDate birthDate, String sex, String citizenship,
                      String purpose, String state, String channel, Integer lane) {

    CrossingView view() {
        return new CrossingView(id, personNumber, direction, checkpoint, occurredAt, citizenship, purpose, state, lane);
    }
}
