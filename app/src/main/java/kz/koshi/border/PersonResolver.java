package kz.koshi.border;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonResolution;
import org.springframework.stereotype.Component;

/**
 * The one place where a crossing's traveller (or an accompanying minor) becomes a person number: the
 * identity registry keeps the record as received (idempotent per source and record id) and resolves it
 * online, so a new passport or another transliteration of the name meets the same person.
 */
@Component
class PersonResolver {

    static final String SOURCE = "border";

    private final IdentityResolution identity;

    PersonResolver(IdentityResolution identity) {
        this.identity = identity;
    }

    /** The person of each record, in order, resolved together (records of one new person become one person). */
    List<String> resolveAll(List<IncomingRecord> records) {
        return records.isEmpty() ? List.of() : identity.resolveAll(records).stream().map(PersonResolution::personNumber).toList();
    }

    /** The fields for which the registry would refuse the record; empty when it takes it. */
    List<String> problemsOf(IncomingRecord record) {
        return identity.problemsOf(record);
    }

    static IncomingRecord record(String recordId, String surname, String givenNames, LocalDate birthDate, String sex,
                                 String citizenship, String documentNumber) {
        return new IncomingRecord(SOURCE, recordId, surname, givenNames, null, birthDate.toString(),
                sex, citizenship, documentNumber, null, null, null);
    }
}
