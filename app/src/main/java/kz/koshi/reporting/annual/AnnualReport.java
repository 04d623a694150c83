package kz.koshi.reporting.annual;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Panel;

/**
 * The counted report before it is put into words: each figure's total (its TOTAL table) and its breakdowns by panel,
 * protection's already through {@link kz.koshi.reporting.Disclosure}; {@code generatedOn} is the Astana day it was made.
 */
record AnnualReport(ReportPeriod period, LocalDate generatedOn, Map<Figure, ReportTable> totals,
                    Map<Panel, List<ReportTable>> sections) {

    AnnualReport {
        totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    }
}
