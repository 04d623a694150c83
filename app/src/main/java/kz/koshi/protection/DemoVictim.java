package kz.koshi.protection;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.protection.rules.ResidenceCategory;

/**
 * One made-up presumed victim of the demo's year: as screened (given name only), and, when served, the days of
 * admission and closure (null: still in services), why it closed and the outcomes recorded on the way.
 */
record DemoVictim(String givenName, String citizenship, LocalDate birthDate, String sex, ExploitationType exploitation,
                  IdentificationPathway pathway, String regionCode, LocalDate admittedOn, ResidenceCategory residence,
                  LocalDate closedOn, ClosureReason closure, List<NewOutcome> outcomes, boolean extended) {

    boolean served() {
        return admittedOn != null;
    }

    boolean child(LocalDate today) {
        return birthDate.plusYears(18).isAfter(today);
    }
}
