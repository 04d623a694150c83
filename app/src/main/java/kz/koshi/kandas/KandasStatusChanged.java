package kz.koshi.kandas;

import java.time.LocalDate;

/** A kandas application was made, granted or refused on a day: the person's id, the status and the date only. */
@org.springframework.modulith.NamedInterface("events")
public record KandasStatusChanged(String personNumber, ApplicationStatus status, LocalDate on) {
}
