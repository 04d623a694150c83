package kz.koshi.reporting.web;

import java.util.List;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

/**
 * A figure ready for a page: its table's rows and total (null when hidden), its chart, and the links to its own page
 * and its exports. {@code notCarried} names the filters set that the figure is not counted by (then there is no table).
 */
record FigureView(Figure figure, Dimension by, boolean counted, List<String> notCarried, List<TableRow> rows, Long total,
                  BarChart chart, String filterText, String page, String csv, String xlsx) {

    public boolean shown() {
        return counted && notCarried.isEmpty();
    }

    public boolean totalHidden() {
        return total == null;
    }

    public boolean protectedCells() {
        return figure.panel() == kz.koshi.reporting.Panel.PROTECTION;
    }
}
