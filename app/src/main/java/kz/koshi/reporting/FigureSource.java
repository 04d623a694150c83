package kz.koshi.reporting;

import java.util.Set;

/**
 * Counts one family of figures over its own read-model tables. Every source is a bean; {@link FigureQueries} hands
 * each figure to the one source that counts it (two sources claiming one figure is a start-up error).
 */
public interface FigureSource {

    Set<Figure> figures();

    Set<Dimension> dimensions(Figure figure);

    Set<String> filters(Figure figure);

    FigureTable count(Figure figure, Dimension by, ReportFilter filter);
}
