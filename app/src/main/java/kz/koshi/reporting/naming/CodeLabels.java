package kz.koshi.reporting.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

/**
 * Where the bundles already name the codes a figure is broken down by: each source module names its own enums (a
 * call's class, a case's outcome, a crime's stage), and the statistics reuse those names rather than repeat them.
 * {@code reporting.kind.<FIGURE>.<CODE>} overrides any of them.
 */
final class CodeLabels {

    /** By the figure's name: the figures are added by the sources' branches as they land. */
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("HOTLINE_CALLS", "hotline.class."),
            Map.entry("HOTLINE_ROUTES", "hotline.kind."), Map.entry("CRIMES", "protection.stage."),
            Map.entry("CASE_OUTCOMES", "protection.outcome."), Map.entry("CASES_CLOSED", "protection.closure."),
            Map.entry("SERVICE_EXTENSIONS", "protection.extension-reason."), Map.entry("VIOLATIONS_FOUND", "stay.violation."),
            Map.entry("PERMITS", "stay.permit.kind."), Map.entry("VICTIMS_IDENTIFIED", "protection.exploitation."),
            Map.entry("VICTIMS_SERVED", "protection.exploitation."), Map.entry("CASES_OPENED", "protection.exploitation."));
    /** By the dimension's name, likewise. */
    private static final Map<String, String> DIMENSIONS = Map.of("EXPLOITATION", "protection.exploitation.",
            "PATHWAY", "protection.pathway.", "CHANNEL", "hotline.channel.", "SEX", "reporting.sex.", "AGE_GROUP", "age-group.",
            "PURPOSE", "border.purpose.");

    private CodeLabels() {
    }

    /** The message keys that may name {@code code} of {@code by} for {@code figure} (none known: null), first first. */
    static List<String> keys(Figure figure, Dimension by, String code) {
        List<String> keys = new ArrayList<>();
        if (figure != null) {
            keys.add("reporting.kind." + figure.name() + "." + code);
        }
        String own = by == Dimension.KIND ? figure == null ? null : KINDS.get(figure.name()) : DIMENSIONS.get(by.name());
        if (own != null) {
            keys.add(own + code);
        }
        keys.add("reporting.kind." + code);
        return keys;
    }
}
