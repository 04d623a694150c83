package kz.koshi.enforcement.channels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A channel as its page and the API show it: the facts recorded, the route, the organisers (registry persons with
 * their names, organisations by BIN) and the persons moved who were identified, each saying whether the channel was
 * marked on their stay file.
 */
public record ChannelFile(long id, String reference, String agencyCode, String regionCode, LocalDate stoppedOn,
                          int personsMoved, List<String> routeCountries, List<String> checkpoints,
                          List<Person> organiserPersons, List<String> organiserBins, List<Person> personsIdentified,
                          Instant recordedAt, String recordedBy) {

    /** A registry person named in the channel; {@code inStay}: the channel is on their stay file. */
    public record Person(String personNumber, String surname, String givenName, String birthDate, String citizenship,
                         boolean inStay) {
    }
}
