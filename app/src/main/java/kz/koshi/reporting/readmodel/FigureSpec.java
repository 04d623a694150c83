package kz.koshi.reporting.readmodel;

import java.util.EnumSet;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

/**
 * What a figure carries: the dimensions it can be broken down by (always {@link Dimension#TOTAL}) and the filters it
 * can be narrowed by, as the names of {@link kz.koshi.reporting.ReportFilter}'s optional components.
 */
public record FigureSpec(Figure figure, Set<Dimension> dimensions, Set<String> filters) {

    public static final String REGION_FILTER = "regionCode";
    public static final String CITIZENSHIP_FILTER = "citizenship";
    public static final String SEX_FILTER = "sex";
    public static final String AGE_GROUP_FILTER = "ageGroup";
    public static final Set<String> ALL_FILTERS = Set.of(REGION_FILTER, CITIZENSHIP_FILTER, SEX_FILTER, AGE_GROUP_FILTER);

    public FigureSpec {
        EnumSet<Dimension> with = EnumSet.of(Dimension.TOTAL);
        with.addAll(dimensions);
        dimensions = Set.copyOf(with);
        filters = Set.copyOf(filters);
    }

    public static FigureSpec of(Figure figure, Set<String> filters, Dimension... dimensions) {
        return new FigureSpec(figure, Set.of(dimensions), filters);
    }
}
