package kz.koshi.border;

import java.time.LocalDate;

/**
 * An entry ban or a watch-list entry was imposed: the ban's id, its kind (ENTRY_BAN, WATCH_LIST), its reason
 * (COURT_EXPULSION, DEPORTATION, SEARCH, INVESTIGATION), the day it applies from and the day it was imposed; no person.
 */
public record EntryBanImposed(long banId, String kind, String reason, LocalDate validFrom, LocalDate imposedOn) {
}
