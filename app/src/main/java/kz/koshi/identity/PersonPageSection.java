package kz.koshi.identity;

/**
 * A module's section of a person's page ({@code /persons/{number}}): crossings and bans, the stay file, the
 * registry's records. Each module decides with its own access check who may see its section ({@link #open()}
 * refuses everyone else) and audits the read as it audits its own pages. Modules that must never be inferable
 * from the page (protection) contribute nothing.
 */
public interface PersonPageSection {

    /** Refuses ({@code AccessDeniedException}) a viewer the module does not show this section to; asks for no person. */
    void open();

    /** The section for a registered person, for a viewer {@link #open()} let through. */
    Shown shown(String personNumber);

    /** A section as the page renders it: {@code template :: section(content)}, in ascending order. */
    record Shown(int order, String template, Object content) {
    }
}
