package kz.koshi.protection.guardianship;

import java.util.StringJoiner;

import kz.koshi.identity.PersonSummary;

/** The child's name as the identity registry holds it now: surname, given name, patronymic. */
final class ChildName {

    private ChildName() {
    }

    static String of(PersonSummary p) {
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {p.surname(), p.givenName(), p.patronymic()}) {
            if (part != null && !part.isBlank()) {
                name.add(part);
            }
        }
        return name.toString();
    }
}
