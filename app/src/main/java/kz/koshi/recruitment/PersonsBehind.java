package kz.koshi.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Founders and managers through the identity registry: each row (IIN, surname, given name, birth date) is resolved
 * online to a person number under the labour source with an opaque record id; no name is kept in recruitment tables.
 */
@Component
class PersonsBehind {

    static final String SOURCE = "labour";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final IdentityResolution identity;

    PersonsBehind(IdentityResolution identity) {
        this.identity = identity;
    }

    /** Checks every row first (nothing is resolved when one is wrong), then resolves them in the caller's transaction. */
    List<ApplicationView.Behind> resolve(List<PersonRow> rows) {
        if (rows.stream().noneMatch(r -> r.getRole() == PersonRole.FOUNDER)) {
            throw new DomainProblem(ProblemType.VALIDATION, "persons[0].iin", "recruitment.persons.founder-needed");
        }
        List<LocalDate> births = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            births.add(checked(rows.get(i), "persons[" + i + "].")); 
        }
        List<ApplicationView.Behind> resolved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonRow r = rows.get(i);
            String number = identity.resolve(new IncomingRecord(SOURCE, "pea-" + UUID.randomUUID(), r.getSurname().strip(),
                    r.getGivenName().strip(), null, births.get(i).toString(), null, "KAZ", null, r.getIin(), null, null)).personNumber();
            ApplicationView.Behind behind = new ApplicationView.Behind(r.getRole() == null ? PersonRole.FOUNDER : r.getRole(), number);
            if (!resolved.contains(behind)) {
                resolved.add(behind);
            }
        }
        return resolved;
    }

    private static LocalDate checked(PersonRow r, String prefix) {
        if (r.getIin() == null || !Iin.isValid(r.getIin().strip())) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "iin", "recruitment.person.iin-invalid");
        }
        r.setIin(r.getIin().strip());
        if (r.getSurname() == null || r.getSurname().isBlank() || r.getGivenName() == null || r.getGivenName().isBlank()) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "surname", "recruitment.person.name-needed");
        }
        LocalDate birth = day(r.getBirthDate());
        if (birth == null || !birth.equals(Iin.of(r.getIin()).birthDate())) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "birthDate", "recruitment.person.birth-date-mismatch");
        }
        return birth;
    }

    /** A day typed 05.05.1985 or 1985-05-05; null when it is neither. */
    static LocalDate day(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return typed.contains(".") ? LocalDate.parse(typed.strip(), TYPED) : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
