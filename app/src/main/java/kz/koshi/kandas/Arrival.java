package kz.koshi.kandas;

import java.time.LocalDate;

/** A kandas who arrived: the person, the family's survey and expected region, the day, and the application's status. */
public record Arrival(String personNumber, String surveyReference, String expectedRegion, LocalDate arrivedOn,
                      ApplicationStatus status, LocalDate statusOn) {
}
