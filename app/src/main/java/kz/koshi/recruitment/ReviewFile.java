package kz.koshi.recruitment;

import java.util.List;
import java.util.Optional;

/**
 * What the reviewer sees of an application: the application, the agency's current licence if any, the persons behind
 * it by name (from the identity registry) and, for each, whether they stood behind an agency whose licence was revoked.
 */
public record ReviewFile(ApplicationView application, Agency agency, Optional<LicenceStanding> licence, List<Person> persons) {

    public record Person(PersonRole role, String personNumber, String name, String birthDate, boolean behindRevokedAgency) {
    }

    public boolean flagged() {
        return persons.stream().anyMatch(Person::behindRevokedAgency);
    }
}
