package kz.koshi.reporting.web;

import java.util.Map;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

/**
 * Where the bundles already name the codes a figure is broken down by: each source module names its own enums (a
 * call's class, a case's outcome, a crime's stage), and the dashboards reuse those names rather than repeat them.
 * {@code reporting.kind.<FIGURE>.<CODE>} overrides any of them.
 */
final class CodeLabels {

    /** By the figure's name: the figures are added by the sources' branches as they land. */
    private static final Map<String, String> KINDS = Map.of("HOTLINE_CALLS", "hotline.class.", "HOTLINE_ROUTES", "hotline.kind.",
            "CRIMES", "protection.stage.", "CASE_OUTCOMES", "protection.outcome.", "CASES_CLOSED", "protection.closure.",
            "SERVICE_EXTENSIONS", "protection.extension-reason.", "VIOLATIONS_FOUND", "stay.violation.");
    /** By the dimension's name, likewise. */
    private static final Map<String, String> DIMENSIONS = Map.of("EXPLOITATION", "protection.exploitation.",
            "PATHWAY", "protection.pathway.", "CHANNEL", "hotline.channel.", "SEX", "reporting.sex.", "AGE_GROUP", "age-group.",
            "PURPOSE", "reporting.purpose.");

    private CodeLabels() {
    }

    /** The message key naming {@code code} of {@code by} for {@code figure}. */
    static String key(Figure figure, Dimension by, String code) {
        String prefix = by == Dimension.KIND ? KINDS.getOrDefault(figure.name(), "reporting.kind.")
                : DIMENSIONS.getOrDefault(by.name(), "reporting.kind.");
        return prefix + code;
    }
}
