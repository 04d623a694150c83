package kz.koshi.reporting.web;

import java.util.List;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

import static kz.koshi.reporting.Dimension.*;

/**
 * Which breakdown a chart shows first and where a cell leads: a flow by month, a stock (counted on one day) by where
 * it is; a month, region, citizenship, sex or age-group cell narrows the filter to itself and opens the next
 * breakdown the figure carries (month, then region, then citizenship, then sex, then age group, then its kinds).
 */
final class Breakdowns {

    private static final List<Dimension> FLOW_FIRST = List.of(MONTH, REGION, KIND, ARTICLE, CITIZENSHIP, COUNTRY, SEX, AGE_GROUP, PURPOSE);
    private static final List<Dimension> STOCK_FIRST = List.of(COUNTRY, CITIZENSHIP, REGION, KIND, SEX, AGE_GROUP, PURPOSE, MONTH);
    private static final List<Dimension> DRILL_ORDER = List.of(REGION, CITIZENSHIP, SEX, AGE_GROUP, KIND, PURPOSE, ARTICLE, COUNTRY);

    private Breakdowns() {
    }

    static Dimension first(Figure figure, Set<Dimension> carried) {
        return (figure.stock() ? STOCK_FIRST : FLOW_FIRST).stream().filter(carried::contains).findFirst().orElse(TOTAL);
    }

    /** The dimensions a reader may choose, in the page's order (the total last). */
    static List<Dimension> choices(Set<Dimension> carried) {
        return java.util.Arrays.stream(Dimension.values()).filter(d -> d != TOTAL && carried.contains(d)).toList();
    }

    /** The breakdown after a cell of {@code from}, given the filters then set; TOTAL when there is none. */
    static Dimension next(Dimension from, Set<Dimension> carried, Set<Dimension> filtered) {
        return DRILL_ORDER.stream().filter(d -> d != from && carried.contains(d) && !filtered.contains(d)).findFirst().orElse(TOTAL);
    }
}
