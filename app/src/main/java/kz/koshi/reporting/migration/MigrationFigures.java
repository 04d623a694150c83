package kz.koshi.reporting.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Figure;
import kz.koshi.reporting.readmodel.CountedFigures;
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
class MigrationFigures extends CountedFigures {

    private static final List<FigureSpec> SPECS = List.of(
            FigureSpec.of(Figure.ENTRIES, ALL_FILTERS, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE, COUNTRY),
            FigureSpec.of(Figure.EXITS, ALL_FILTERS, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE, COUNTRY),
            FigureSpec.of(Figure.FOREIGNERS_PRESENT, ALL_FILTERS, REGION, CITIZENSHIP, SEX,
                    AGE_GROUP, PURPOSE),
            FigureSpec.of(Figure.CARDS_ISSUED, ALL_FILTERS, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE),
            FigureSpec.of(Figure.MINORS_STOPPED, Set.of(REGION_FILTER, CITIZENSHIP_FILTER, SEX_FILTER), MONTH,
                    REGION, CITIZENSHIP, SEX, KIND),
            FigureSpec.of(Figure.ENTRY_BANS, Set.of(), MONTH, KIND),
            FigureSpec.of(Figure.REGISTRATIONS, Set.of(CITIZENSHIP_FILTER), MONTH, CITIZENSHIP, KIND),
            FigureSpec.of(Figure.PERMITS, Set.of(CITIZENSHIP_FILTER), MONTH, CITIZENSHIP, KIND),
            FigureSpec.of(Figure.VIOLATIONS_FOUND, Set.of(REGION_FILTER, CITIZENSHIP_FILTER), MONTH, REGION,
                    CITIZENSHIP, KIND),
            FigureSpec.of(Figure.EXPULSIONS, Set.of(CITIZENSHIP_FILTER), MONTH, CITIZENSHIP));

    MigrationFigures(Counter counter) {
        super(counter, SPECS, Map.of(Figure.FOREIGNERS_PRESENT,
                Stock.ofChanges("reporting_presence", "region_code, citizenship, sex, age_group, purpose")));
    }
}
