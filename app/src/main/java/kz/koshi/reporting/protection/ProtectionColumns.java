package kz.koshi.reporting.protection;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.readmodel.Cells;

/** Which of {@code rep_protection_fact}'s columns each dimension reads, and which dimensions each figure carries. */
final class ProtectionColumns {

    private static final Map<Dimension, String> COLUMNS = Map.ofEntries(Map.entry(Dimension.TOTAL, "'TOTAL'"),
            Map.entry(Dimension.MONTH, Cells.month("f.on_day")), Map.entry(Dimension.REGION, "f.region_code"),
            Map.entry(Dimension.CITIZENSHIP, "f.citizenship"), Map.entry(Dimension.SEX, "f.sex"),
            Map.entry(Dimension.AGE_GROUP, "f.age_group"), Map.entry(Dimension.EXPLOITATION, "f.exploitation"),
            Map.entry(Dimension.PATHWAY, "f.pathway"), Map.entry(Dimension.KIND, "f.kind"),
            Map.entry(Dimension.CENTRE, "f.centre_code"));
    private static final Set<Dimension> PERSON = EnumSet.of(Dimension.TOTAL, Dimension.REGION, Dimension.CITIZENSHIP,
            Dimension.SEX, Dimension.AGE_GROUP, Dimension.EXPLOITATION, Dimension.PATHWAY);

    private ProtectionColumns() {
    }

    static String column(Dimension by) {
        return COLUMNS.get(by);
    }

    /** A flow by month too; served and occupancy not (a person in services for months would be in every month). */
    static Set<Dimension> carried(Figure figure) {
        Set<Dimension> carried = EnumSet.copyOf(PERSON);
        switch (figure) {
            case VICTIMS_IDENTIFIED, CASES_OPENED -> carried.add(Dimension.MONTH);
            case SERVICE_EXTENSIONS -> carried.addAll(EnumSet.of(Dimension.MONTH, Dimension.KIND, Dimension.CENTRE));
            case CASE_OUTCOMES, CASES_CLOSED -> carried.addAll(EnumSet.of(Dimension.MONTH, Dimension.KIND));
            case VICTIMS_SERVED, CENTRE_OCCUPANCY -> carried.add(Dimension.CENTRE);
            default -> throw new IllegalArgumentException(figure.name());
        }
        return java.util.Collections.unmodifiableSet(carried);
    }
}
