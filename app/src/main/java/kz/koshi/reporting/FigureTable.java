package kz.koshi.reporting;

import java.util.List;

/** A figure counted by one dimension under one filter; the cells in the dimension's natural order. */
public record FigureTable(Figure figure, Dimension by, ReportFilter filter, List<Cell> cells) {

    public FigureTable {
        cells = List.copyOf(cells);
    }

    /** The sum of the cells (a stock's cells sum to the stock on the last day too). */
    public long total() {
        return cells.stream().mapToLong(Cell::count).sum();
    }
}
