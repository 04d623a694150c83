package kz.koshi.protection;

import java.util.List;

/**
 * A person, organisation or place named in more than one case: how many cases, in which regions and
 * years, and which agencies hold them. Nothing of the victims: investigators ask the holding agencies.
 */
public record RecurringParty(PartyKind kind, String reference, List<PartyRole> roles, long cases, List<String> regions,
                             List<Integer> years, List<String> agencies) {
}
