package kz.koshi.identity.engine.compare;

import kz.koshi.identity.engine.Field;

/** Graded agreement of two packed partial birth dates (yyyymmdd, zeros for unknown parts). */
final class DateComparison {

    private static final Field F = Field.BIRTH_DATE;
    static final int EXACT = F.level("exact");
    static final int SWAPPED = F.level("day_month_swapped");
    static final int ONE_DIGIT = F.level("one_digit");
    static final int ONE_COMPONENT = F.level("one_component");
    static final int MONTH_PRECISION = F.level("month_precision");
    static final int YEAR_PRECISION = F.level("year_precision");
    static final int YEAR_NEAR = F.level("year_near");
    static final int SAME_YEAR = F.level("same_year");
    static final int DIFFERENT = F.level("different");

    private DateComparison() {
    }

    static int level(int a, int b) {
        if (a == 0 || b == 0) {
            return Field.MISSING;
        }
        int ya = a / 10000, ma = a / 100 % 100, da = a % 100;
        int yb = b / 10000, mb = b / 100 % 100, db = b % 100;
        if (da != 0 && db != 0) {
            if (a == b) {
                return EXACT;
            }
            if (ya == yb && ma == db && da == mb) {
                return SWAPPED;
            }
            if (EditDistance.withinOneEdit(Integer.toString(a), Integer.toString(b))) {
                return ONE_DIGIT;
            }
            // One of year, month, day miskeyed or misheard whole (1981 for 2008, 12 for 2): the other two agree.
            int agreeing = (ya == yb ? 1 : 0) + (ma == mb ? 1 : 0) + (da == db ? 1 : 0);
            if (agreeing == 2) {
                return ONE_COMPONENT;
            }
            return ya == yb ? SAME_YEAR : DIFFERENT;
        }
        if (ma != 0 && mb != 0) {
            return ya == yb && ma == mb ? MONTH_PRECISION : ya == yb ? SAME_YEAR : DIFFERENT;
        }
        // An age-derived year ("about 30") is often off by one.
        return ya == yb ? YEAR_PRECISION : Math.abs(ya - yb) == 1 ? YEAR_NEAR : DIFFERENT;
    }
}
