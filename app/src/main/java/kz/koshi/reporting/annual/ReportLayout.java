package kz.koshi.reporting.annual;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

import static kz.koshi.reporting.Dimension.*;
import static kz.koshi.reporting.Figure.*;

/**
 * The breakdowns the report prints, as the commission's reports lay them out (DOMAIN.md 7: victims by sex and age,
 * crimes by article, registrations by citizenship, violations by kind and month, citizens abroad by country...). Each
 * figure's table by each dimension it carries, in this order; a dimension its source does not carry is left out.
 */
final class ReportLayout {

    static final Map<Figure, List<Dimension>> TABLES = tables();

    private ReportLayout() {
    }

    private static Map<Figure, List<Dimension>> tables() {
        Map<Figure, List<Dimension>> t = new LinkedHashMap<>();
        t.put(ENTRIES, List.of(MONTH, CITIZENSHIP, PURPOSE, REGION));
        t.put(EXITS, List.of(MONTH, CITIZENSHIP));
        t.put(FOREIGNERS_PRESENT, List.of(CITIZENSHIP, REGION));
        t.put(REGISTRATIONS, List.of(CITIZENSHIP, REGION, PURPOSE));
        t.put(PERMITS, List.of(KIND, CITIZENSHIP));
        t.put(VIOLATIONS_FOUND, List.of(KIND, MONTH, REGION));
        t.put(EXPULSIONS, List.of(CITIZENSHIP));
        t.put(ENTRY_BANS, List.of(KIND, CITIZENSHIP));
        t.put(CARDS_ISSUED, List.of(MONTH));
        t.put(MINORS_STOPPED, List.of(REGION));
        t.put(VICTIMS_IDENTIFIED, List.of(SEX, AGE_GROUP, CITIZENSHIP, EXPLOITATION, PATHWAY));
        t.put(VICTIMS_SERVED, List.of(SEX, AGE_GROUP, CITIZENSHIP, EXPLOITATION, REGION));
        t.put(CASES_OPENED, List.of(EXPLOITATION, REGION));
        t.put(SERVICE_EXTENSIONS, List.of(KIND));
        t.put(CASES_CLOSED, List.of(KIND));
        t.put(CASE_OUTCOMES, List.of(KIND));
        t.put(CENTRE_OCCUPANCY, List.of(CENTRE));
        t.put(PLACEMENTS, List.of(COUNTRY, MONTH));
        t.put(CITIZENS_ABROAD, List.of(COUNTRY));
        t.put(KANDAS_ARRIVED, List.of(REGION, COUNTRY, MONTH));
        t.put(HOTLINE_CALLS, List.of(KIND, CHANNEL, MONTH));
        t.put(HOTLINE_ROUTES, List.of(KIND));
        t.put(CRIMES, List.of(ARTICLE, REGION));
        t.put(CHANNELS, List.of(REGION, COUNTRY, MONTH));
        t.put(CHANNEL_PERSONS_MOVED, List.of(COUNTRY));
        t.put(RAIDS, List.of(KIND, MONTH));
        t.put(RAID_PERSONS_CHECKED, List.of(REGION));
        t.put(RAID_VIOLATIONS, List.of(KIND));
        return t;
    }
}
