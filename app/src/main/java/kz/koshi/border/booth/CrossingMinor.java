package kz.koshi.border.booth;

import java.time.LocalDate;

/** A minor recorded with a crossing: who, born when, and what the adult said they are to the child. */
public record CrossingMinor(String personNumber, String surname, String givenNames, LocalDate birthDate, String citizenship,
                            String relation) {
}
