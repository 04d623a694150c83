package kz.koshi.reporting.work;

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

/**
 * The work-abroad and kandas panels' figures (issue 17): placements abroad and kandas arrivals over the period;
 * citizens abroad on the period's last day (stays on the register begun by then and not ended by then).
 */
@Component
class WorkFigures implements FigureSource {

    private static final Map<Figure, FigureSpec> SPECS = new EnumMap<>(Figure.class);

    static {
        SPECS.put(Figure.PLACEMENTS, FigureSpec.of(Figure.PLACEMENTS, Set.of(), Dimension.MONTH, Dimension.COUNTRY));
        SPECS.put(Figure.CITIZENS_ABROAD, FigureSpec.of(Figure.CITIZENS_ABROAD, Set.of(), Dimension.COUNTRY, Dimension.KIND));
        SPECS.put(Figure.KANDAS_ARRIVED, FigureSpec.of(Figure.KANDAS_ARRIVED, Set.of(FigureSpec.REGION_FILTER), Dimension.MONTH,
                Dimension.REGION, Dimension.COUNTRY));
    }

    private final Counter counter;

    WorkFigures(Counter counter) {
        this.counter = counter;
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
        return figure == Figure.CITIZENS_ABROAD
                ? counter.stock(spec, by, filter, "reporting_abroad_stay", "started_on", "ended_on")
                : counter.flow(spec, by, filter);
    }
}
