package kz.koshi.enforcement.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * CaseSuspects through identity's registry, never its tables: a person by registry number or IIN, found as the agencies
 * outside protection know them (a person known only to a crisis centre is not found); an organisation by a valid BIN.
 * Only the person number and the BIN are stored; names are read from the registry when the case is read.
 */
@Component
class CaseSuspects {

    private final IdentityResolution identity;

    CaseSuspects(IdentityResolution identity) {
        this.identity = identity;
    }

    /** The person numbers of the persons given, in order; the first not found is refused against its field. */
    List<String> persons(List<String> given) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String number = person(given.get(i)).map(PersonSummary::personNumber).orElseThrow(problem(i, "suspectPersons",
                    "enforcement.case.suspect-not-found"));
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** The BINs given, each checked. */
    List<String> organisations(List<String> given) {
        for (int i = 0; i < given.size(); i++) {
            if (!Bin.isValid(given.get(i))) {
                throw problem(i, "suspectOrganisations", "koshi.validation.bin").get();
            }
        }
        return given;
    }

    /** A stored suspect as the keepers read it: the person as the registry holds them now (after any merge). */
    Suspect read(String personNumber, String bin) {
        if (personNumber == null) {
            return new Suspect(null, null, null, bin);
        }
        return identity.registered(personNumber).map(p -> new Suspect(p.personNumber(), name(p), day(p.birthDate()), null))
                .orElse(new Suspect(personNumber, null, null, null));
    }

    private Optional<PersonSummary> person(String typed) {
        String value = typed.strip().toUpperCase(java.util.Locale.ROOT);
        return PersonNumber.isValid(value) ? identity.registered(value) : identity.registeredByIin(value);
    }

    private static java.util.function.Supplier<DomainProblem> problem(int index, String field, String key) {
        return () -> new DomainProblem(ProblemType.VALIDATION, field + "[" + index + "]", key);
    }

    /** A full birth date as officers write it (05.05.1985); a partial one (1985, 1985-05) as the registry holds it. */
    private static String day(String birthDate) {
        return birthDate != null && birthDate.matches("\\d{4}-\\d{2}-\\d{2}")
                ? birthDate.substring(8) + "." + birthDate.substring(5, 7) + "." + birthDate.substring(0, 4) : birthDate;
    }

    private static String name(PersonSummary p) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {p.surname(), p.givenName(), p.patronymic()}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part);
            }
        }
        return name.toString();
    }
}
