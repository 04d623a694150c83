package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * The person behind a case, through the identity registry: the record as the screening gave it is
 * resolved online to a person number; names live in the registry, never in protection tables. The record
 * goes under the crisis-centre source with an opaque id, so the registry learns nothing of the case.
 */
@Component
class PersonRegistry {

    static final String SOURCE = "crisis_centre";

    record Resolved(String personNumber, String recordId) {
    }

    private final IdentityResolution identity;

    PersonRegistry(IdentityResolution identity) {
        this.identity = identity;
    }

    /** Resolves in the caller's transaction (the registry's turn is then held until it commits). */
    Resolved resolve(NewScreening s) {
        return resolve(s.surname(), s.givenName(), s.patronymic(), s.birthDate(), s.sex(), s.citizenship(), s.documentNumber());
    }

    /** A person named in a case (a recruiter, an employer): the same registry, so the same person is seen across cases. */
    Resolved resolve(NewParty p) {
        return resolve(p.surname(), p.givenName(), null, p.birthDate(), null, p.citizenship(), null);
    }

    private Resolved resolve(String surname, String givenName, String patronymic, LocalDate birthDate, String sex,
                             String citizenship, String documentNumber) {
        String recordId = "cc-" + UUID.randomUUID();
        String personNumber = identity.resolve(new IncomingRecord(SOURCE, recordId, blankToNull(surname), blankToNull(givenName),
                blankToNull(patronymic), birthDate == null ? null : birthDate.toString(), sex, citizenship,
                blankToNull(documentNumber), null, null, null)).personNumber();
        return new Resolved(personNumber, recordId);
    }

    /** The person as the registry holds them now, protected sources included (for an employment referral). */
    Optional<PersonSummary> summary(String personNumber) {
        return identity.person(personNumber);
    }

    /** The person's name as the registry holds it now, for those entitled to the case. */
    Optional<String> name(String personNumber) {
        return identity.person(personNumber).map(PersonRegistry::fullName);
    }

    private static String fullName(PersonSummary p) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {p.surname(), p.givenName(), p.patronymic()}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part);
            }
        }
        return name.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
