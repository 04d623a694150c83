package kz.koshi.identity;

/** A person's golden record: the best value of each field across their source records (docs/identity.md). */
public record PersonSummary(String personNumber, String surname, String givenName, String patronymic, String birthDate,
                            String sex, String citizenship, String documentNumber, String nationalId, int recordCount) {
}
