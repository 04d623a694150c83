package kz.koshi.demo.generator;

import java.util.List;

/**
 * One row of an agency feed, before it gets its record_id. Empty strings stand for missing values.
 * {@link #HEADER} is the one header every record file shares.
 */
record SourceRecord(Source source, String surname, String givenName, String patronymic, String birthDate,
        String sex, String citizenship, String documentNumber, String nationalId, String address, String phone) {

    static final List<String> HEADER = List.of("record_id", "source", "surname", "given_name", "patronymic",
            "birth_date", "sex", "citizenship", "document_number", "national_id", "address", "phone");

    /** The CSV fields after record_id, already quoted, joined by commas. */
    String csvTail() {
        return Csv.join(source.code(), surname, givenName, patronymic, birthDate, sex, citizenship, documentNumber,
                nationalId, address, phone);
    }
}
