package kz.koshi.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/**
 * A figure as the API gives it: codes only (names are in the reference API and the glossary). A hidden cell has no
 * count ({@code suppressed}); a figure not counted yet, or not counted by a filter set, says so and has no cells.
 */
record FigureAnswer(Figure figure, Panel panel, Status status, boolean stock, Dimension by, Filter filter, List<CellAnswer> cells,
                    Long total, boolean totalSuppressed, Set<String> filtersNotCarried) {

    enum Status { COUNTED, NOT_COUNTED, FILTER_NOT_CARRIED }

    record CellAnswer(String key, Long count, boolean suppressed) {
    }

    record Filter(LocalDate from, LocalDate to, String region, String citizenship, Sex sex, AgeGroup ageGroup) {
        static Filter of(ReportFilter f) {
            return new Filter(f.from(), f.to(), f.regionCode(), f.citizenship(), f.sex(), f.ageGroup());
        }
    }

    static FigureAnswer of(ShownFigure shown, ReportFilter filter) {
        Figure figure = shown.figure();
        if (!shown.counted()) {
            return new FigureAnswer(figure, figure.panel(), Status.NOT_COUNTED, figure.stock(), null, Filter.of(filter), List.of(), null, false, Set.of());
        }
        if (!shown.shown()) {
            return new FigureAnswer(figure, figure.panel(), Status.FILTER_NOT_CARRIED, figure.stock(), shown.by(), Filter.of(filter),
                    List.of(), null, false, shown.notCarried());
        }
        var table = shown.table();
        List<CellAnswer> cells = table.table().cells().stream().map(c -> table.suppressed(c.key())
                ? new CellAnswer(c.key(), null, true) : new CellAnswer(c.key(), c.count(), false)).toList();
        return new FigureAnswer(figure, figure.panel(), Status.COUNTED, figure.stock(), shown.by(), Filter.of(filter), cells,
                table.totalSuppressed() ? null : table.table().total(), table.totalSuppressed(), Set.of());
    }
}
