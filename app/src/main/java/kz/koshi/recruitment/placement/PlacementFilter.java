package kz.koshi.recruitment.placement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The labour authority's filter of all placements: agency, destination, contract start between two days (any may be
 * empty; a day typed wrongly is a field error and that bound is left out).
 */
public class PlacementFilter {

    private String agency;
    private String country;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate from;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate to;

    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = blankToNull(agency); }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = blankToNull(country); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
