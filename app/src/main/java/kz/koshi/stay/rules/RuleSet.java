package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dated version of the stay rules (DOMAIN.md section 4), in force from {@code validFrom} until the
 * next version. Every number is configuration, because the law changes (the 2016 values are defaults,
 * to be verified against current law).
 *
 * @param transitDays            M2: a visit that ends within this many days (сутки) of entry is a transit or a short
 *                               stay and is not registered; nothing is overdue while a visit may still end so
 * @param registrationWithinDays deadline to register, counted from entry (design note, see docs/stay.md)
 * @param warningMaxDays         E1: overdue up to this many days gets a warning
 * @param banYears               E3: entry ban after a court expulsion
 * @param groups                 country groups, first match wins; a group named DEFAULT takes the rest
 * @param registrationExemptDays M4: days without registration from entry, by citizenship
 */
public record RuleSet(LocalDate validFrom, String source, int transitDays, int registrationWithinDays,
                      int warningMaxDays, int banYears, List<CountryGroup> groups,
                      Map<String, Integer> registrationExemptDays, DomesticWorker domesticWorker, Ict ict,
                      Map<Integer, Integer> mrpTenge, Map<Integer, Integer> employerQuota) {

    public CountryGroup groupOf(String citizenship) {
        return groups.stream().filter(g -> g.countries().contains(citizenship)).findFirst()
                .or(() -> groups.stream().filter(g -> g.name().equals("DEFAULT")).findFirst())
                .orElseThrow(() -> new IllegalStateException("stay rules without a DEFAULT country group"));
    }

    /** Who registers a country group's citizens and for how long they may stay without another basis. */
    public record CountryGroup(String name, Set<String> countries, int allowedDays, Registrar registrar, boolean permitFree) {
    }

    public enum Registrar {
        /** M3: the Border Service registers at entry for the whole stay. */
        BORDER_SERVICE_AT_ENTRY,
        /** M6: a host, hotel or employer online, or the migration police. */
        HOST_OR_POLICE,
        /** M5: the migration police only; a host's, hotel's or employer's registration does not count. */
        MIGRATION_POLICE;

        /** Whether a registration by this party registers a citizen of a group with this registrar. */
        public boolean accepts(RegistrationParty party) {
            return this != MIGRATION_POLICE || party == RegistrationParty.POLICE;
        }
    }

    /** L1, L2: domestic-worker permits. */
    public record DomesticWorker(List<Integer> termMonths, int capMonths, int taxMrpPerMonth, int maxPerEmployer) {
    }

    /** L8: intra-corporate transfers. */
    public record Ict(int initialYears, int extensionYears) {
    }
}
