package kz.koshi.reporting.web;

import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.PublishedTable;

/**
 * A figure as a dashboard shows it: its table (through {@link kz.koshi.reporting.Disclosure} on the protection panel),
 * or why there is none: not counted yet, or a filter set that it does not carry (named by form field).
 */
record ShownFigure(Figure figure, Dimension by, PublishedTable table, boolean counted, Set<String> notCarried) {

    ShownFigure {
        notCarried = Set.copyOf(notCarried);
    }

    static ShownFigure notCounted(Figure figure) {
        return new ShownFigure(figure, Dimension.TOTAL, null, false, Set.of());
    }

    public boolean shown() {
        return table != null;
    }
}
