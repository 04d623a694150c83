package kz.koshi.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What dashboards, exports and the API read: a panel's figures, one figure by one dimension, and an export (the only
 * audited read: who took which table with which filter out of the platform; a dashboard shows counts only). Each call
 * is refused to a reader whose mandate does not include the panel ({@link ReportReaders}).
 */
@Service
class ReportDesk {

    private static final String READS = "@reportReaders.reads(authentication, #figure.panel())";

    private final FigureQueries figures;
    private final SafeTables safe;
    private final AuditTrail audit;

    ReportDesk(FigureQueries figures, SafeTables safe, AuditTrail audit) {
        this.figures = figures;
        this.safe = safe;
        this.audit = audit;
    }

    /** Every figure of {@code panel} by its first breakdown; a figure not counted yet or not carrying a filter says so. */
    @PreAuthorize("@reportReaders.reads(authentication, #panel)")
    public List<ShownFigure> panel(Panel panel, ReportFilter filter) {
        List<ShownFigure> shown = new ArrayList<>();
        for (Figure figure : Arrays.stream(Figure.values()).filter(f -> f.panel() == panel).toList()) {
            shown.add(counted(figure) ? count(figure, null, filter) : ShownFigure.notCounted(figure));
        }
        return safe.published(panel, shown);
    }

    /** {@code figure} by {@code by} (its first breakdown when null); a filter it does not carry is a field error. */
    @PreAuthorize(READS)
    public ShownFigure figure(Figure figure, Dimension by, ReportFilter filter) {
        requireCounted(figure);
        ShownFigure shown = count(figure, by, filter);
        if (!shown.notCarried().isEmpty()) {
            String field = shown.notCarried().iterator().next();
            throw new DomainProblem(ProblemType.VALIDATION, field, "reporting.dashboard.filter-not-carried");
        }
        return safe.published(figure.panel(), List.of(shown)).getFirst();
    }

    /** As {@link #figure}, but a filter the figure does not carry is named in the answer (for a page), not refused. */
    @PreAuthorize(READS)
    public ShownFigure shown(Figure figure, Dimension by, ReportFilter filter) {
        requireCounted(figure);
        return safe.published(figure.panel(), List.of(count(figure, by, filter))).getFirst();
    }

    /** As {@link #figure}, recorded in the audit trail as an export (no personal data: a figure, a filter, a format). */
    @PreAuthorize(READS)
    public ShownFigure exported(Figure figure, Dimension by, ReportFilter filter, TableFormat format) {
        ShownFigure shown = figure(figure, by, filter);
        audit.record(AuditEvent.success("REPORT_TABLE_EXPORTED", "reporting_figure", figure.name())
                .because(AuditReason.of("report-table-exported", ReasonArg.label("reporting.figure.", figure.name() + ".name"),
                        ReasonArg.label("reporting.dimension.", shown.by()), ReasonArg.day(filter.from()), ReasonArg.day(filter.to()),
                        ReasonArg.region(or(filter.regionCode())), ReasonArg.label("reporting.audit.country.", or(filter.citizenship())),
                        ReasonArg.label("reporting.sex.", or(filter.sex())), ReasonArg.label("age-group.", or(filter.ageGroup())),
                        ReasonArg.label("reporting.export.format.", format))));
        return shown;
    }

    /** The dimensions {@code figure} carries, empty when it is not counted yet. */
    @PreAuthorize(READS)
    public Set<Dimension> dimensions(Figure figure) {
        return counted(figure) ? figures.dimensions(figure) : Set.of();
    }

    /** The filters {@code figure} carries (names of {@link ReportFilter}'s components), empty when it is not counted yet. */
    @PreAuthorize(READS)
    public Set<String> filters(Figure figure) {
        return counted(figure) ? figures.filters(figure) : Set.of();
    }

    private ShownFigure count(Figure figure, Dimension by, ReportFilter filter) {
        Set<Dimension> carried = figures.dimensions(figure);
        Dimension chosen = by == null ? Breakdowns.first(figure, carried) : by;
        Set<String> notCarried = CarriedFilters.notCarried(filter, figures.filters(figure));
        if (!notCarried.isEmpty()) {
            return new ShownFigure(figure, chosen, null, true, notCarried);
        }
        FigureTable table = figures.count(figure, chosen, filter);
        return new ShownFigure(figure, chosen, new PublishedTable(table, Set.of(), false), true, Set.of());
    }

    private boolean counted(Figure figure) {
        try {
            figures.dimensions(figure);
            return true;
        } catch (DomainProblem notCounted) {
            if (notCounted.type() != ProblemType.NOT_FOUND) {
                throw notCounted;
            }
            return false;
        }
    }

    private void requireCounted(Figure figure) {
        figures.dimensions(figure);
    }

    private static String or(Object value) {
        return value == null ? "—" : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
