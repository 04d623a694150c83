package kz.koshi.kandas;

import java.time.LocalDate;

/** A family member entered the country with the family's survey reference: ids and the date only. */
@org.springframework.modulith.NamedInterface("events")
public record KandasArrived(long surveyId, String personNumber, LocalDate arrivedOn) {
}
