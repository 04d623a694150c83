package kz.koshi.reporting;

/**
 * A figure the commission counts. Its name, definition and source are in the message bundles
 * ({@code reporting.figure.<FIGURE>.name}, {@code .definition}, {@code .source}). A flow is counted over the
 * filter's period; a stock ({@link #stock()}) on the filter's last day.
 */
public enum Figure {
    ENTRIES(Panel.MIGRATION), EXITS(Panel.MIGRATION), FOREIGNERS_PRESENT(Panel.MIGRATION, true),
    REGISTRATIONS(Panel.MIGRATION), PERMITS(Panel.MIGRATION), VIOLATIONS_FOUND(Panel.MIGRATION),
    EXPULSIONS(Panel.MIGRATION), ENTRY_BANS(Panel.MIGRATION), CARDS_ISSUED(Panel.MIGRATION), MINORS_STOPPED(Panel.MIGRATION),
    VICTIMS_IDENTIFIED(Panel.PROTECTION), VICTIMS_SERVED(Panel.PROTECTION), CASES_OPENED(Panel.PROTECTION),
    SERVICE_EXTENSIONS(Panel.PROTECTION),
    PLACEMENTS(Panel.RECRUITMENT), CITIZENS_ABROAD(Panel.RECRUITMENT, true),
    KANDAS_ARRIVED(Panel.KANDAS),
    HOTLINE_CALLS(Panel.ENFORCEMENT), CRIMES(Panel.ENFORCEMENT), CHANNELS(Panel.ENFORCEMENT), RAIDS(Panel.ENFORCEMENT),
    CASES_CLOSED(Panel.PROTECTION), CASE_OUTCOMES(Panel.PROTECTION), CENTRE_OCCUPANCY(Panel.PROTECTION, true),
    HOTLINE_ROUTES(Panel.ENFORCEMENT), CHANNEL_PERSONS_MOVED(Panel.ENFORCEMENT), RAID_PERSONS_CHECKED(Panel.ENFORCEMENT),
    RAID_VIOLATIONS(Panel.ENFORCEMENT);

    private final Panel panel;
    private final boolean stock;

    Figure(Panel panel) {
        this(panel, false);
    }

    Figure(Panel panel, boolean stock) {
        this.panel = panel;
        this.stock = stock;
    }

    public Panel panel() {
        return panel;
    }

    /** A stock is counted on the filter's last day (present on that day), not summed over the period. */
    public boolean stock() {
        return stock;
    }
}
