package kz.koshi.border.card;

import java.time.LocalDate;

/**
 * The content of a card's signed credential, as in an ICAO VDS-NC seal: header (type, version, issuing
 * state) and message (card number, names, birth date, citizenship, sex, validity), plus the issuer.
 */
public record CardCredential(String cardNumber, String surname, String givenNames, LocalDate birthDate,
                             String citizenship, String sex, LocalDate validFrom, LocalDate validUntil, String issuer) {

    /** The seal type in the payload's header. */
    public static final String TYPE = "kz.migrant-card";
    public static final String ISSUING_STATE = "KAZ";
}
