package kz.koshi.kandas;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import kz.koshi.kandas.engine.Profession;

/** One row of the labour authority's vacancy feed ({@code region_code,profession,vacancies,as_of}), read and checked. */
record VacancyRow(int line, String region, Profession profession, int vacancies, LocalDate asOf) {

    static final int MAX = 1_000_000;

    /** The row, or the message key of what is wrong with it. */
    static Object read(int line, String text, Set<String> regionsInForce, LocalDate today) {
        List<String> cells = List.of(text.split(",", -1));
        if (cells.size() != 4) {
            return "kandas.vacancies.row.columns";
        }
        String region = cells.get(0).trim();
        if (!regionsInForce.contains(region)) {
            return "kandas.vacancies.row.region";
        }
        Profession profession;
        try {
            profession = Profession.valueOf(cells.get(1).trim());
        } catch (IllegalArgumentException unknown) {
            return "kandas.vacancies.row.profession";
        }
        if (!profession.seeksWork()) {
            return "kandas.vacancies.row.profession";
        }
        int count;
        try {
            count = Integer.parseInt(cells.get(2).trim());
        } catch (NumberFormatException notANumber) {
            return "kandas.vacancies.row.count";
        }
        if (count < 0 || count > MAX) {
            return "kandas.vacancies.row.count";
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(cells.get(3).trim());
        } catch (DateTimeParseException notADate) {
            return "kandas.vacancies.row.date";
        }
        return asOf.isAfter(today) ? "kandas.vacancies.row.date" : new VacancyRow(line, region, profession, count, asOf);
    }
}
