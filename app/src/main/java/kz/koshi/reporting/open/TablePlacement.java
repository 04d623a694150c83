package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;

/** Where a table's total and each of its cells sit among the counts of a publication ({@link CountKey}). */
final class TablePlacement {

    private TablePlacement() {
    }

    static CountKey total(FigureTable table) {
        ReportFilter filter = table.filter();
        Map<Dimension, String> given = new EnumMap<>(Dimension.class);
        putIf(given, Dimension.REGION, filter.regionCode());
        putIf(given, Dimension.CITIZENSHIP, filter.citizenship());
        putIf(given, Dimension.SEX, filter.sex() == null ? null : filter.sex().name());
        putIf(given, Dimension.AGE_GROUP, filter.ageGroup() == null ? null : filter.ageGroup().name());
        CountKey key = CountKey.of(table.figure(), filter.from(), filter.to(), given);
        return monthsOfStock(table) ? key.alone("months of a stock") : key;
    }

    /** A stock's month table adds up days that are not one stock: its sum is a number of its own. */
    static boolean monthsOfStock(FigureTable table) {
        return table.by() == Dimension.MONTH && table.figure().stock();
    }

    static CountKey cell(FigureTable table, Cell cell) {
        CountKey total = CountKey.of(table.figure(), table.filter().from(), table.filter().to(), total(table).given());
        return switch (table.by()) {
            case TOTAL -> total;
            case MONTH -> month(total, table.filter(), cell.key());
            default -> total.given().containsKey(table.by()) ? total.alone(cell.key()) : total.with(table.by(), cell.key());
        };
    }

    private static CountKey month(CountKey total, ReportFilter filter, String key) {
        try {
            YearMonth month = YearMonth.parse(key);
            LocalDate from = max(filter.from(), month.atDay(1));
            LocalDate to = min(filter.to(), month.atEndOfMonth());
            return from.isAfter(to) ? total.alone(key) : total.within(from, to);
        } catch (DateTimeParseException notAMonth) {
            return total.alone(key);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static void putIf(Map<Dimension, String> given, Dimension dimension, String value) {
        if (value != null) {
            given.put(dimension, value);
        }
    }
}
