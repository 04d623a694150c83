package kz.koshi.border;

import java.time.LocalDate;

/**
 * The port through which the border module asks for a person's legal status. The stay module implements
 * it, so that border never depends on stay while stay listens to border's events.
 */
public interface StayStatusSource {

    PersonStatus statusOf(String personNumber, LocalDate on);
}
