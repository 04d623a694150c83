package kz.koshi.reporting.annual;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.PublishedTable;

/** One table of the report: a figure by one dimension as it may be published, or a figure no source counts yet. */
record ReportTable(Figure figure, Dimension by, PublishedTable published) {

    static ReportTable notCounted(Figure figure) {
        return new ReportTable(figure, Dimension.TOTAL, null);
    }

    boolean counted() {
        return published != null;
    }
}
