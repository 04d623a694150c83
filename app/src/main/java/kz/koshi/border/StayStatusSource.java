package kz.koshi.border;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which the border module asks for persons' legal status. The stay module implements
 * it, so that border never depends on stay while stay listens to border's events.
 */
public interface StayStatusSource {

    /** The status of each of these persons on the day, by person. */
    Map<String, PersonStatus> statusesOf(Collection<String> personNumbers, LocalDate on);

    default PersonStatus statusOf(String personNumber, LocalDate on) {
        return statusesOf(List.of(personNumber), on).get(personNumber);
    }
}
