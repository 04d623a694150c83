package kz.koshi.border;

import java.time.LocalDate;

/** A migrant card as stored: the holder's data as on the card, validity, state and the signed credential. */
record Card(long id, String number, String personNumber, long crossingId, String surname, String givenNames,
            LocalDate birthDate, String sex, String citizenship, LocalDate issuedOn, LocalDate validUntil, String state,
            String keyId, String credential) {

    CardView view() {
        return new CardView(number, personNumber, crossingId, issuedOn, validUntil, state);
    }
}
