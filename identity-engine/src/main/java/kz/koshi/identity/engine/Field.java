package kz.koshi.identity.engine;

import java.util.List;

/**
 * A compared field with its graded comparison levels, best first after {@code missing}. Level 0 is
 * always "missing" (one side has no value): it carries no evidence, weight 0.
 */
public enum Field {
    SURNAME(Levels.NAME, true),
    GIVEN_NAME(Levels.NAME, true),
    PATRONYMIC(List.of("missing", "exact", "variant", "similar", "different"), false),
    BIRTH_DATE(List.of("missing", "exact", "day_month_swapped", "one_digit", "one_component",
            "month_precision", "year_precision", "year_near", "same_year", "different"), false),
    SEX(Levels.EQUALITY, false),
    CITIZENSHIP(Levels.EQUALITY, true),
    DOCUMENT_NUMBER(Levels.IDENTIFIER, false),
    NATIONAL_ID(Levels.IDENTIFIER, false),
    ADDRESS(List.of("missing", "exact", "most_tokens", "half_tokens", "some_tokens", "different"), false),
    PHONE(Levels.IDENTIFIER, false);

    public static final int MISSING = 0;
    /** The level every field calls agreement on the whole value; the one term frequencies adjust. */
    public static final int EXACT = 1;

    private final List<String> levels;
    private final boolean termFrequencyAdjusted;

    Field(List<String> levels, boolean termFrequencyAdjusted) {
        this.levels = levels;
        this.termFrequencyAdjusted = termFrequencyAdjusted;
    }

    public List<String> levels() {
        return levels;
    }

    public int levelCount() {
        return levels.size();
    }

    public String levelName(int level) {
        return levels.get(level);
    }

    public int level(String name) {
        int i = levels.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no level " + name + " in " + this);
        }
        return i;
    }

    /** Common values (Ахметов, UZB) agree by chance more often, so exact agreement on them weighs less. */
    public boolean termFrequencyAdjusted() {
        return termFrequencyAdjusted;
    }

    /** Lower-case name used in parameter files and explanations. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final class Levels {
        static final List<String> NAME = List.of("missing", "exact", "variant", "jaro_winkler_94",
                "jaro_winkler_88", "phonetic", "initial", "different");
        static final List<String> EQUALITY = List.of("missing", "exact", "different");
        static final List<String> IDENTIFIER = List.of("missing", "exact", "one_edit", "different");
    }
}
