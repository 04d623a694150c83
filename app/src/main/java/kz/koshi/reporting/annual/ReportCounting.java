package kz.koshi.reporting.annual;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/**
 * Counts the report through {@link FigureQueries}: every figure's total and the {@link ReportLayout}'s breakdowns it
 * carries. The report is meant to be published, so the PROTECTION panel's tables (totals included) pass
 * {@link Disclosure} as one set; the other panels count no person who could be singled out by a small cell.
 */
final class ReportCounting {

    private final FigureQueries queries;
    private final Disclosure disclosure;

    ReportCounting(FigureQueries queries, Disclosure disclosure) {
        this.queries = queries;
        this.disclosure = disclosure;
    }

    AnnualReport count(ReportPeriod period, java.time.LocalDate generatedOn) {
        ReportFilter filter = ReportFilter.period(period.from(), period.to());
        Map<Figure, ReportTable> totals = new EnumMap<>(Figure.class);
        Map<Panel, List<ReportTable>> sections = new LinkedHashMap<>();
        for (Panel panel : Panel.values()) {
            List<FigureTable> counted = new ArrayList<>();
            List<Figure> uncounted = new ArrayList<>();
            ReportLayout.TABLES.keySet().stream().filter(f -> f.panel() == panel).forEach(figure -> {
                Set<Dimension> carried = carried(figure);
                if (carried == null) {
                    uncounted.add(figure);
                    return;
                }
                counted.add(queries.count(figure, Dimension.TOTAL, filter));
                ReportLayout.TABLES.get(figure).stream().filter(carried::contains)
                        .forEach(by -> counted.add(queries.count(figure, by, filter)));
            });
            List<ReportTable> tables = new ArrayList<>();
            for (PublishedTable table : publish(panel, counted)) {
                ReportTable shown = new ReportTable(table.table().figure(), table.table().by(), table);
                if (shown.by() == Dimension.TOTAL) {
                    totals.put(shown.figure(), shown);
                } else {
                    tables.add(shown);
                }
            }
            uncounted.forEach(f -> totals.put(f, ReportTable.notCounted(f)));
            sections.put(panel, tables);
        }
        return new AnnualReport(period, generatedOn, ordered(totals), sections);
    }

    private List<PublishedTable> publish(Panel panel, List<FigureTable> tables) {
        if (panel == Panel.PROTECTION && !tables.isEmpty()) {
            return disclosure.publish(tables);
        }
        return tables.stream().map(t -> new PublishedTable(t, Set.of(), false)).toList();
    }

    /** The dimensions a figure carries, or null when no source counts it yet. */
    private Set<Dimension> carried(Figure figure) {
        try {
            return queries.dimensions(figure);
        } catch (DomainProblem notCounted) {
            if (notCounted.type() != ProblemType.NOT_FOUND) {
                throw notCounted;
            }
            return null;
        }
    }

    private static Map<Figure, ReportTable> ordered(Map<Figure, ReportTable> totals) {
        Map<Figure, ReportTable> inLayout = new LinkedHashMap<>();
        ReportLayout.TABLES.keySet().forEach(f -> inLayout.put(f, totals.get(f)));
        return inLayout;
    }
}
