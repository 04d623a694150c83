package kz.koshi.demo.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which feeds a person shows up in and how often. Citizens meet career centres, hotels and the border;
 * foreigners meet the border, the migration police, hotels and, if they came to work, the labour feed.
 * Crisis centres see a few of each, more from the main labour-migration countries. Rates are design
 * figures for a realistic mix, not statistics.
 */
final class FeedPlan {

    private static final Set<String> LABOUR_COUNTRIES = Set.of("UZB", "KGZ", "TJK", "CHN", "TUR");

    private FeedPlan() {
    }

    /** The sources of one person's records, with repeats; never empty. */
    static List<Source> plan(TruePerson person, Dice dice) {
        List<Source> sources = new ArrayList<>(6);
        if (person.citizen()) {
            add(sources, Source.CAREER_CENTRE, 0.55, 0, dice);
            add(sources, Source.HOTEL, 0.3, 0.2, dice);
            add(sources, Source.BORDER, 0.35, 0.4, dice);
            add(sources, Source.CRISIS_CENTRE, 0.05, 0, dice);
            if (sources.isEmpty()) {
                sources.add(Source.CAREER_CENTRE);
            }
            return sources;
        }
        boolean labourCountry = LABOUR_COUNTRIES.contains(person.citizenship());
        add(sources, Source.BORDER, 0.85, 0.4, dice);
        add(sources, Source.MIGRATION_POLICE, 0.7, 0.15, dice);
        add(sources, Source.HOTEL, 0.35, 0.2, dice);
        add(sources, Source.LABOUR, labourCountry ? 0.5 : 0.2, 0.1, dice);
        add(sources, Source.CRISIS_CENTRE, labourCountry ? 0.05 : 0.02, 0, dice);
        if (sources.isEmpty()) {
            sources.add(Source.BORDER);
        }
        return sources;
    }

    /** With probability {@code p} one record, then more while {@code again} comes up (repeat visits). */
    private static void add(List<Source> sources, Source source, double p, double again, Dice dice) {
        if (dice.chance(p)) {
            sources.add(source);
            for (int more = 0; more < 2 && dice.chance(again); more++) {
                sources.add(source);
            }
        }
    }
}
