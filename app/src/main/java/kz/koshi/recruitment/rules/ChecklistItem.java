package kz.koshi.recruitment.rules;

import java.util.EnumSet;
import java.util.Set;

/** What the reviewer checks before granting a licence; every item must be ticked to grant. */
public enum ChecklistItem {
    /** The legal entity and its BIN are in the state register of legal entities. */
    LEGAL_ENTITY,
    /** Founders and managers are identified and none is barred (no unspent conviction for trafficking). */
    PERSONS,
    /** The legal and actual addresses exist and the office is there. */
    ADDRESSES,
    /** The fees charged to workers are lawful for each destination. */
    FEES,
    /** The sample contract protects the worker (wage, hours, return, insurance). */
    CONTRACT;

    /** The items still missing from {@code ticked}: empty means the application may be granted. */
    public static Set<ChecklistItem> missing(Set<ChecklistItem> ticked) {
        Set<ChecklistItem> missing = EnumSet.allOf(ChecklistItem.class);
        missing.removeAll(ticked);
        return missing;
    }
}
