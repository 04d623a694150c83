package kz.koshi.reporting.readmodel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureSource;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;

/**
 * A family of figures counted by {@link Counter} over the generic read model: each figure's {@link FigureSpec} says
 * what it carries; a figure given a {@link Stock} is counted on the period's last day, every other one as a flow.
 */
public abstract class CountedFigures implements FigureSource {

    /** How a stock is counted on the period's last day. */
    @FunctionalInterface
    public interface Stock {

        FigureTable count(Counter counter, FigureSpec spec, Dimension by, ReportFilter filter);

        /** The rows of {@code table} whose {@code [start, end)} interval holds the day counted on. */
        static Stock between(String table, String start, String end) {
            return (counter, spec, by, filter) -> counter.stock(spec, by, filter, table, start, end);
        }

        /** The running sum of {@code table}'s daily changes over the given dimension {@code columns}. */
        static Stock ofChanges(String table, String columns) {
            return (counter, spec, by, filter) -> counter.stockOfChanges(spec, by, filter, table, columns);
        }
    }

    private final Counter counter;
    private final Map<Figure, FigureSpec> specs = new EnumMap<>(Figure.class);
    private final Map<Figure, Stock> stocks;

    protected CountedFigures(Counter counter, List<FigureSpec> specs, Map<Figure, Stock> stocks) {
        this.counter = counter;
        specs.forEach(spec -> this.specs.put(spec.figure(), spec));
        this.stocks = Map.copyOf(stocks);
    }

    @Override
    public Set<Figure> figures() {
        return specs.keySet();
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        return specs.get(figure).dimensions();
    }

    @Override
    public Set<String> filters(Figure figure) {
        return specs.get(figure).filters();
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        FigureSpec spec = specs.get(figure);
        Stock stock = stocks.get(figure);
        return stock == null ? counter.flow(spec, by, filter)
                : stock.count(counter, spec, by, filter);
    }
}
