package kz.koshi.reporting.readmodel;

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
 */
public final class Cells {

    public static final String UNKNOWN = "UNKNOWN";

    private Cells() {
    }

    static List<Cell> ordered(Dimension by, List<Cell> counted, ReportFilter filter) {
        if (by == Dimension.MONTH) {
            return months(counted, filter);
        }
        Comparator<Cell> order = switch (by) {
            case SEX -> Comparator.comparingInt(c -> rank(c.key(), Sex.class));
            case AGE_GROUP -> Comparator.comparingInt(c -> rank(c.key(), AgeGroup.class));
            default -> Comparator.comparing(Cell::key);
        };
        return counted.stream().sorted(Comparator.comparing((Cell c) -> UNKNOWN.equals(c.key())).thenComparing(order)).toList();
    }

    private static List<Cell> months(List<Cell> counted, ReportFilter filter) {
        Map<String, Long> by = counted.stream().collect(Collectors.toMap(Cell::key, Cell::count, Long::sum));
        List<Cell> cells = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            cells.add(new Cell(m.toString(), by.getOrDefault(m.toString(), 0L)));
        }
        return cells;
    }

    private static <E extends Enum<E>> int rank(String key, Class<E> type) {
        Map<String, Integer> ranks = java.util.Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Enum::ordinal, (a, b) -> a));
        return ranks.getOrDefault(key, Integer.MAX_VALUE);
    }

}
