package kz.koshi.identity.engine;

/**
 * Why two records (or two persons) must not become one person, whatever their names and match weight say:
 * <ul>
 *   <li>{@code DIFFERENT_IIN}: both carry a valid Kazakhstan IIN and the two differ (an IIN is issued once per
 *       person, its check digit catches the usual typos; twins share everything else);</li>
 *   <li>{@code DIFFERENT_PASSPORT}: two different documents (more than one keystroke apart) of the same issuing
 *       country (the citizenship) with full birth dates that differ by more than a typo (a renewed passport
 *       keeps the holder's birth date). The feeds carry no validity dates, so every two documents count as
 *       valid at the same time;</li>
 *   <li>{@code WEAK_BRIDGE}: the only link between them is a weak record (no birth date, no document, no IIN),
 *       while their own records, compared directly, are not even a pair worth reviewing;</li>
 *   <li>{@code LIKELY_TWINS}: one surname, given names in one script that are not spellings of one name (not
 *       the same, not a variant, not a typo or a close spelling, not one sound) and two different documents
 *       (more than one keystroke apart) of the same issuing country: twins or siblings, who share surname,
 *       birth date and address ({@code compare.LikelyTwins}).</li>
 * </ul>
 * The first two are hard: no link, no cluster and no reviewer's merge joins such records. A weak bridge and
 * likely twins keep the records apart automatically and are put before a reviewer.
 */
public enum CannotLink {
    DIFFERENT_IIN, DIFFERENT_PASSPORT, WEAK_BRIDGE, LIKELY_TWINS;

    /** Lower-case code for storage and message keys, e.g. {@code different_iin}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hard() {
        return this == DIFFERENT_IIN || this == DIFFERENT_PASSPORT;
    }
}
