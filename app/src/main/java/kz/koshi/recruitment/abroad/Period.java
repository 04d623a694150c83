package kz.koshi.recruitment.abroad;

import java.time.LocalDate;

/** The days the register is read for: one day (who is abroad today) or a calendar year (who was abroad during it). */
public record Period(LocalDate from, LocalDate to, Integer year) {

    /** Today when no year is named; a year from 1991 (independence) to next year, or a field error. */
    public static Period of(Integer year, LocalDate today) {
        if (year != null && (year < 1991 || year > today.getYear() + 1)) {
            throw new kz.koshi.shared.DomainProblem(kz.koshi.shared.ProblemType.VALIDATION, "year", "abroad.year.invalid");
        }
        return year == null ? new Period(today, today, null) : new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year);
    }
}
