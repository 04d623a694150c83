package kz.koshi.reporting;

import java.util.Set;

/** Counts the commission's figures: the one way dashboards, the annual report, exports and open data read them. */
public interface FigureQueries {

    /** The dimensions {@code figure} can be broken down by (always {@link Dimension#TOTAL}). */
    Set<Dimension> dimensions(Figure figure);

    /** The filters {@code figure} carries, as the names of {@link ReportFilter}'s optional components. */
    Set<String> filters(Figure figure);

    /**
     * Counts {@code figure} by {@code by} under {@code filter}. A dimension or filter the figure does not carry is a
     * {@link kz.koshi.shared.DomainProblem}, never a silently different count.
     */
    FigureTable count(Figure figure, Dimension by, ReportFilter filter);
}
