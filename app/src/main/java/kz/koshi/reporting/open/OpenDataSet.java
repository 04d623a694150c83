package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;

/**
 * The fixed publication set of one calendar year: every figure counted, by each of these dimensions it carries, for
 * each month and for the year; no other filter (a free filter would let anyone difference around any suppression).
 */
final class OpenDataSet {

    /** The breakdowns published, in this order; the month breakdown is the monthly tables themselves. */
    static final List<Dimension> DIMENSIONS = List.of(Dimension.TOTAL, Dimension.REGION, Dimension.CITIZENSHIP,
            Dimension.SEX, Dimension.AGE_GROUP, Dimension.PURPOSE, Dimension.KIND, Dimension.ARTICLE, Dimension.COUNTRY);

    private OpenDataSet() {
    }

    static List<FigureTable> tables(FigureQueries figures, int year) {
        List<FigureTable> tables = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            Set<Dimension> carried = carried(figures, figure);
            for (Dimension by : DIMENSIONS) {
                if (carried.contains(by)) {
                    for (int month = 1; month <= 12; month++) {
                        YearMonth m = YearMonth.of(year, month);
                        tables.add(figures.count(figure, by, ReportFilter.period(m.atDay(1), m.atEndOfMonth())));
                    }
                    tables.add(figures.count(figure, by, ReportFilter.period(LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31))));
                }
            }
        }
        return tables;
    }

    /** The dimensions of a figure counted; none for a figure no source counts yet. */
    static Set<Dimension> carried(FigureQueries figures, Figure figure) {
        try {
            return figures.dimensions(figure);
        } catch (DomainProblem notCounted) {
            return Set.of();
        }
    }
}
