package kz.koshi.reporting.tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.shared.AgeGroup;

/**
 * Puts counted cells in their dimension's natural order: months as "2026-05", every month of the period present (0
 * when nothing happened); age groups youngest first; other codes alphabetically, "UNKNOWN" last.
 */
public final class CellKeys {

    /** The key of a cell whose code was not recorded (sex neither M nor F, no birth date). */
    public static final String UNKNOWN = "UNKNOWN";

    /** The SQL expression of a day's month, as a number yyyymm: {@code day} is the column. */
    public static String month(String day) {
        return "(cast(extract(year from " + day + ") as int) * 100 + cast(extract(month from " + day + ") as int))";
    }

    private CellKeys() {
    }

    public static List<Cell> ordered(Dimension by, List<Cell> cells, LocalDate from, LocalDate to) {
        if (by == Dimension.MONTH) {
            return months(cells, from, to);
        }
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing((Cell c) -> UNKNOWN.equals(c.key()))
                .thenComparing(c -> by == Dimension.AGE_GROUP ? String.format("%02d", ageRank(c.key())) : c.key()));
        return sorted;
    }

    private static List<Cell> months(List<Cell> cells, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            counts.put(m.toString(), 0L);
        }
        for (Cell c : cells) {
            int yyyymm = Integer.parseInt(c.key());
            counts.merge(YearMonth.of(yyyymm / 100, yyyymm % 100).toString(), c.count(), Long::sum);
        }
        return counts.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue())).toList();
    }

    private static int ageRank(String key) {
        try {
            return AgeGroup.valueOf(key).ordinal();
        } catch (IllegalArgumentException unknown) {
            return AgeGroup.values().length;
        }
    }
}
