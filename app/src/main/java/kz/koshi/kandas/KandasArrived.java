package kz.koshi.kandas;

import java.time.LocalDate;

/**
 * A family member entered the country with the family's survey reference: ids and the date, and for the commission's
 * statistics (issue 17) the family's country of origin (ISO alpha-3) and the region it was expected in (null if none).
 */
@org.springframework.modulith.NamedInterface("events")
public record KandasArrived(long surveyId, String personNumber, LocalDate arrivedOn, String originCountry, String regionCode) {
}
