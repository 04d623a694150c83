package kz.koshi.protection;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.protection.rules.ResidenceCategory;

/**
 * One made-up presumed victim of the demo: as screened (given name only) on the day identified, and, when served, the
 * days of admission, of a service delivered, of the extension asked for (null: none) and of closure (null: still in
 * services), why it closed and the outcomes recorded on the way (each with its own day).
 */
record DemoVictim(String givenName, String citizenship, LocalDate birthDate, String sex, ExploitationType exploitation,
                  IdentificationPathway pathway, String regionCode, LocalDate identifiedOn, LocalDate admittedOn,
                  ResidenceCategory residence, LocalDate deliveredOn, LocalDate extendedOn, LocalDate closedOn,
                  ClosureReason closure, List<NewOutcome> outcomes) {

    boolean served() {
        return admittedOn != null;
    }

    boolean extended() {
        return extendedOn != null;
    }

    boolean child(LocalDate on) {
        return birthDate.plusYears(18).isAfter(on);
    }
}
