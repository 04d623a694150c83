package kz.koshi.reporting.enforcement;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureSource;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.readmodel.Cells;
import kz.koshi.reporting.tally.FilterCheck;
import kz.koshi.reporting.tally.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hotline 11616's figures over {@code rep_hotline_fact}: calls and messages logged (by month, region, class as
 * {@code KIND}, channel) and routes taken (where they went as {@code KIND}). Only the region filter applies.
 */
@Component
class HotlineFigures implements FigureSource {

    private static final Set<String> FILTERS = Set.of("regionCode");
    private static final Map<Dimension, String> COLUMNS = Map.of(Dimension.TOTAL, "'TOTAL'", Dimension.MONTH,
            Cells.month("f.on_day"), Dimension.REGION, "f.region_code", Dimension.KIND, "f.kind", Dimension.CHANNEL, "f.channel");

    private final JdbcClient jdbc;

    HotlineFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Figure> figures() {
        return EnumSet.of(Figure.HOTLINE_CALLS, Figure.HOTLINE_ROUTES);
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        return EnumSet.copyOf(COLUMNS.keySet());
    }

    @Override
    public Set<String> filters(Figure figure) {
        return FILTERS;
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        FilterCheck.check(filter, FILTERS);
        List<Cell> cells = Tally.over("rep_hotline_fact f", "1")
                .where("f.fact = ?", figure == Figure.HOTLINE_CALLS ? "CALL" : "ROUTE")
                .where("f.on_day between ? and ?", filter.from(), filter.to())
                .whereEqual("f.region_code", filter.regionCode()).by(COLUMNS.get(by), jdbc);
        return new FigureTable(figure, by, filter, Cells.ordered(by, cells, filter.from(), filter.to()));
    }
}
