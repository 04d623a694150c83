package kz.koshi.recruitment.placement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The labour authority's filter of all placements: agency, destination, contract start between two days (any may be empty). */
public record PlacementFilter(String agency, String country,
                              @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate from,
                              @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate to) {

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
