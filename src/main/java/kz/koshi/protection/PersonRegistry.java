package kz.koshi.protection;

import java.util.List;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.SourceRecords;
import org.springframework.stereotype.Component;

/**
 * The person behind a case, through the identity module: the record as the screening gave it goes to
 * the identity registry (names live there, never in protection tables), and the case keeps a person
 * number. Until the registry's online resolution ({@code IdentityResolution}) is on main, the number is
 * provisional ({@code PRV-<screening>}); switching is this one class.
 */
@Component
class PersonRegistry {

    static final String SOURCE = "protection";

    private final SourceRecords records;

    PersonRegistry(SourceRecords records) {
        this.records = records;
    }

    String resolve(NewScreening s, long screeningId) {
        String recordId = "screening-" + screeningId;
        if (hasText(s.surname()) || hasText(s.givenName())) {
            records.receive(List.of(new IncomingRecord(SOURCE, recordId, s.surname(), s.givenName(), s.patronymic(),
                    s.birthDate() == null ? null : s.birthDate().toString(), s.sex(), s.citizenship(), s.documentNumber(),
                    null, null, null)));
        }
        return "PRV-" + String.format("%08d", screeningId);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
