package kz.koshi.stay.rules;

/** What the rules give for a violation (E1-E3, W2). */
public enum Sanction {
    /** E1: up to 3 days overdue, a warning on the spot, no protocol. */
    WARNING,
    /** An administrative offence protocol (fine, or a court expulsion file, E2). */
    PROTOCOL,
    /** The expulsion order was not executed: police search and removal. */
    SEARCH_AND_REMOVAL,
    /** E3: expelled by a court, no entry for 5 years. */
    ENTRY_BAN
}
