package kz.koshi.protection.statistics;

/** What {@link ProtectionCounts} counts. */
public enum ProtectionCount {
    /** Presumed-victim screenings (each opens its case) on a day of the period. */
    IDENTIFIED,
    /** Persons (cases) in special social services on at least one day of the period: admitted by its end, and neither
     * closed nor past the period of services (with extensions) before its start. */
    SERVED,
    /** Extensions approved on a day of the period. */
    EXTENSIONS,
    /** Outcomes dated in the period. */
    OUTCOMES,
    /** Cases closed on a day of the period. */
    CLOSED,
    /** Places in use at the crisis centres on the period's last day: admitted by then and not closed by then. */
    OCCUPANCY
}
