package kz.koshi.reporting.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.naming.CellNames;
import org.springframework.stereotype.Component;

/** Turns a {@link ShownFigure} into a {@link FigureView}: names its cells, draws its chart, links its drill-downs. */
@Component
class FigureViews {

    private final CellNames names;
    private final FilterText filterText;

    FigureViews(CellNames names, FilterText filterText) {
        this.names = names;
        this.filterText = filterText;
    }

    FigureView of(ShownFigure shown, ReportFilter filter, Set<Dimension> carried, Set<String> carriedFilters, Locale locale) {
        Figure figure = shown.figure();
        String text = filterText.of(figure, filter, locale);
        if (!shown.shown()) {
            return new FigureView(figure, shown.by(), shown.counted(), List.copyOf(shown.notCarried()), List.of(), null,
                    null, text, null, null, null);
        }
        PublishedTable table = shown.table();
        List<TableRow> rows = table.table().cells().stream().map(cell -> row(figure, shown.by(), cell, table, filter, carried,
                carriedFilters, locale)).toList();
        Long total = table.totalSuppressed() ? null : table.table().total();
        return new FigureView(figure, shown.by(), true, List.of(), rows, total, BarChart.of("chart-" + figure.name(), rows), text,
                Links.figure(figure, shown.by(), filter), Links.export(figure, shown.by(), filter, TableFormat.CSV),
                Links.export(figure, shown.by(), filter, TableFormat.XLSX));
    }

    private TableRow row(Figure figure, Dimension by, Cell cell, PublishedTable table, ReportFilter filter, Set<Dimension> carried,
                         Set<String> carriedFilters, Locale locale) {
        Long count = table.suppressed(cell.key()) ? null : cell.count();
        return new TableRow(cell.key(), names.of(figure, by, cell.key(), locale), count, drill(figure, by, cell.key(), filter, carried, carriedFilters));
    }

    /** The next breakdown narrowed to this cell, where the figure carries the filter the cell narrows. */
    private static String drill(Figure figure, Dimension by, String key, ReportFilter filter, Set<Dimension> carried, Set<String> carriedFilters) {
        if (by != Dimension.MONTH && !carriedFilters.contains(filterOf(by))) {
            return null;
        }
        ReportFilter narrowed = narrowedOrNull(filter, by, key);
        if (narrowed == null) {
            return null;
        }
        Dimension next = Breakdowns.next(by, carried, filtered(narrowed));
        return next == Dimension.TOTAL ? null : Links.figure(figure, next, narrowed);
    }

    private static ReportFilter narrowedOrNull(ReportFilter filter, Dimension by, String key) {
        try {
            return Links.narrowed(filter, by, key);
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }

    private static String filterOf(Dimension by) {
        return switch (by) {
            case REGION -> "regionCode";
            case CITIZENSHIP -> "citizenship";
            case SEX -> "sex";
            case AGE_GROUP -> "ageGroup";
            default -> "";
        };
    }

    private static Set<Dimension> filtered(ReportFilter filter) {
        Set<Dimension> filtered = EnumSet.noneOf(Dimension.class);
        CarriedFilters.set(filter).keySet().forEach(name -> filtered.add(switch (name) {
            case "regionCode" -> Dimension.REGION;
            case "citizenship" -> Dimension.CITIZENSHIP;
            case "sex" -> Dimension.SEX;
            default -> Dimension.AGE_GROUP;
        }));
        return filtered;
    }
}
