package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.reporting.PublishedTable;

/** The open data of one closed calendar year as published on {@code made}: every table of the set, suppressed. */
public record Edition(int year, LocalDate made, List<PublishedTable> tables) {

    public Edition {
        tables = List.copyOf(tables);
    }

    /** A table's period as its files name it: "2025-03" for a month, "2025" for the year. */
    public static String period(PublishedTable table) {
        LocalDate from = table.table().filter().from();
        LocalDate to = table.table().filter().to();
        return from.getMonth() == to.getMonth() ? from.toString().substring(0, 7) : String.valueOf(from.getYear());
    }
}
