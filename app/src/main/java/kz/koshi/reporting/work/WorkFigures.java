package kz.koshi.reporting.work;

import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.readmodel.CountedFigures;
import kz.koshi.reporting.readmodel.Counter;
import kz.koshi.reporting.readmodel.FigureSpec;
import org.springframework.stereotype.Component;

/**
 * The work-abroad and kandas panels' figures (issue 17): placements abroad and kandas arrivals over the period;
 * citizens abroad on the period's last day (stays on the register begun by then and not ended by then).
 */
@Component
class WorkFigures extends CountedFigures {

    private static final List<FigureSpec> SPECS = List.of(
            FigureSpec.of(Figure.PLACEMENTS, Set.of(), Dimension.MONTH, Dimension.COUNTRY),
            FigureSpec.of(Figure.CITIZENS_ABROAD, Set.of(), Dimension.COUNTRY, Dimension.KIND),
            FigureSpec.of(Figure.KANDAS_ARRIVED, Set.of(FigureSpec.REGION_FILTER), Dimension.MONTH,
                    Dimension.REGION, Dimension.COUNTRY));

    WorkFigures(Counter counter) {
        super(counter, SPECS, Map.of(Figure.CITIZENS_ABROAD, Stock.between("reporting_abroad_stay", "started_on", "ended_on")));
    }
}
