package kz.koshi.reporting.migration;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureSource;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.readmodel.Counter;
import kz.koshi.reporting.readmodel.FigureSpec;
import org.springframework.stereotype.Component;

import static kz.koshi.reporting.Dimension.*;
import static kz.koshi.reporting.readmodel.FigureSpec.ALL_FILTERS;
import static kz.koshi.reporting.readmodel.FigureSpec.CITIZENSHIP_FILTER;
import static kz.koshi.reporting.readmodel.FigureSpec.REGION_FILTER;
import static kz.koshi.reporting.readmodel.FigureSpec.SEX_FILTER;

/**
 * The migration panel's figures (issue 17), each with what it can be broken down and narrowed by: what its source
 * event carries. Flows over the period; foreigners present on the period's last day (see {@link Stays}).
 */
@Component
class MigrationFigures implements FigureSource {

    private static final Map<Figure, FigureSpec> SPECS = new EnumMap<>(Figure.class);

    static {
        add(FigureSpec.of(Figure.ENTRIES, ALL_FILTERS, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE, COUNTRY));
        add(FigureSpec.of(Figure.EXITS, ALL_FILTERS, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE, COUNTRY));
        add(FigureSpec.of(Figure.FOREIGNERS_PRESENT, ALL_FILTERS, REGION, CITIZENSHIP, SEX,
                AGE_GROUP, PURPOSE));
        add(FigureSpec.of(Figure.CARDS_ISSUED, ALL_FILTERS, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE));
        add(FigureSpec.of(Figure.MINORS_STOPPED, Set.of(REGION_FILTER, CITIZENSHIP_FILTER, SEX_FILTER), MONTH,
                REGION, CITIZENSHIP, SEX, KIND));
        add(FigureSpec.of(Figure.ENTRY_BANS, Set.of(), MONTH, KIND));
        add(FigureSpec.of(Figure.REGISTRATIONS, Set.of(CITIZENSHIP_FILTER), MONTH, CITIZENSHIP, KIND));
        add(FigureSpec.of(Figure.PERMITS, Set.of(CITIZENSHIP_FILTER), MONTH, CITIZENSHIP, KIND));
        add(FigureSpec.of(Figure.VIOLATIONS_FOUND, Set.of(REGION_FILTER, CITIZENSHIP_FILTER), MONTH, REGION,
                CITIZENSHIP, KIND));
        add(FigureSpec.of(Figure.EXPULSIONS, Set.of(CITIZENSHIP_FILTER), MONTH, CITIZENSHIP));
    }

    private final Counter counter;

    MigrationFigures(Counter counter) {
        this.counter = counter;
    }

    private static void add(FigureSpec spec) {
        SPECS.put(spec.figure(), spec);
    }

    @Override
    public Set<Figure> figures() {
        return SPECS.keySet();
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        return SPECS.get(figure).dimensions();
    }

    @Override
    public Set<String> filters(Figure figure) {
        return SPECS.get(figure).filters();
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        FigureSpec spec = SPECS.get(figure);
        return figure == Figure.FOREIGNERS_PRESENT
                ? counter.stock(spec, by, filter, "reporting_presence", "entered_on", "left_on")
                : counter.flow(spec, by, filter);
    }
}
