package kz.koshi.reporting.readmodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/**
 * Cells in their dimension's natural order: every month of the period (an empty month as 0), sexes and age groups in
 * their enums' order, other codes alphabetically; a value the source did not know is keyed {@value #UNKNOWN}, last.
 * A month is keyed "2026-05"; a count grouped by {@link #month(String)} (a number yyyymm) is keyed so here.
 */
public final class Cells {

    /** The key of a cell whose code was not recorded (sex neither M nor F, no birth date). */
    public static final String UNKNOWN = "UNKNOWN";

    private Cells() {
    }

    /** The SQL expression of a day's month, as a number yyyymm: {@code day} is the column. */
    public static String month(String day) {
        return "(cast(extract(year from " + day + ") as int) * 100 + cast(extract(month from " + day + ") as int))";
    }

    public static List<Cell> ordered(Dimension by, List<Cell> counted, ReportFilter filter) {
        return ordered(by, counted, filter.from(), filter.to());
    }

    public static List<Cell> ordered(Dimension by, List<Cell> counted, LocalDate from, LocalDate to) {
        if (by == Dimension.MONTH) {
            return months(counted, from, to);
        }
        Comparator<Cell> order = switch (by) {
            case SEX -> Comparator.comparingInt(c -> rank(c.key(), Sex.class));
            case AGE_GROUP -> Comparator.comparingInt(c -> rank(c.key(), AgeGroup.class));
            default -> Comparator.comparing(Cell::key);
        };
        return counted.stream().sorted(Comparator.comparing((Cell c) -> UNKNOWN.equals(c.key())).thenComparing(order)).toList();
    }

    private static List<Cell> months(List<Cell> counted, LocalDate from, LocalDate to) {
        Map<String, Long> by = counted.stream().collect(Collectors.toMap(c -> monthKey(c.key()), Cell::count, Long::sum));
        List<Cell> cells = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            cells.add(new Cell(m.toString(), by.getOrDefault(m.toString(), 0L)));
        }
        return cells;
    }

    /** "2026-05" as it is; 202605 (from {@link #month(String)}) as "2026-05". */
    private static String monthKey(String key) {
        if (key.contains("-")) {
            return key;
        }
        int yyyymm = Integer.parseInt(key);
        return YearMonth.of(yyyymm / 100, yyyymm % 100).toString();
    }

    private static <E extends Enum<E>> int rank(String key, Class<E> type) {
        Map<String, Integer> ranks = java.util.Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Enum::ordinal, (a, b) -> a));
        return ranks.getOrDefault(key, Integer.MAX_VALUE);
    }
}
