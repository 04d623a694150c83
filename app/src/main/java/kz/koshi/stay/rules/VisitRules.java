package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kz.koshi.stay.rules.StayFacts.Period;
import kz.koshi.stay.rules.StayFacts.RegistrationFact;
import kz.koshi.stay.rules.StayFacts.Visit;

/** The rules applied to one visit: the rule version in force at entry decides its allowed stay and registration. */
final class VisitRules {

    private final StayFacts facts;
    private final Visit visit;
    private final RuleSet rules;
    private final RuleSet.CountryGroup group;

    VisitRules(StayFacts facts, Visit visit, StayRuleBook book) {
        this.facts = facts;
        this.visit = visit;
        this.rules = book.on(visit.entered());
        this.group = rules.groupOf(facts.citizenship());
    }

    RuleSet rules() {
        return rules;
    }

    RuleSet.CountryGroup group() {
        return group;
    }

    /**
     * M1/M3 allowed days from entry (entry day is day 1), continued by adjoining permits (L1-L8) and M7 periods, then by
     * a kandas application (issue 15): null (no limit) while one made in time runs or once granted; after a refusal the
     * allowed days are counted again from the refusal day (day 1), as from an entry.
     */
    LocalDate allowedUntil() {
        LocalDate ordinary = ordinaryUntil();
        StayFacts.Candidacy kandas = facts.kandas();
        if (kandas == null || kandas.appliedOn().isAfter(ordinary.plusDays(1)) || kandas.appliedOn().isBefore(visit.entered())) {
            return ordinary;
        }
        if (kandas.refusedOn() == null) {
            return null;
        }
        LocalDate restarted = kandas.refusedOn().plusDays(group.allowedDays() - 1L);
        return restarted.isAfter(ordinary) ? restarted : ordinary;
    }

    private LocalDate ordinaryUntil() {
        LocalDate end = visit.entered().plusDays(group.allowedDays() - 1L);
        List<Period> bases = Stream.concat(facts.permits().stream().map(p -> new Period(p.from(), p.until())),
                facts.victimRegistrations().stream()).sorted(Comparator.comparing(Period::from)).toList();
        for (Period basis : bases) {
            if (basis.until() != null && !basis.from().isAfter(end.plusDays(1)) && basis.until().isAfter(end)) {
                end = basis.until();
            }
        }
        return end;
    }

    boolean registeredAtEntry() {
        return group.registrar() == RuleSet.Registrar.BORDER_SERVICE_AT_ENTRY;
    }

    /**
     * M4 and the deadline: the day by which a registration must exist; null when none is needed for this visit
     * (it ended by then, or within the transit days, M2).
     */
    LocalDate registerBy() {
        if (registeredAtEntry()) {
            return null;
        }
        int days = rules.registrationExemptDays().getOrDefault(facts.citizenship(), rules.registrationWithinDays());
        LocalDate by = visit.entered().plusDays(days);
        LocalDate lastFreeExit = by.isAfter(transitEnds()) ? by : transitEnds();
        return visit.left() != null && !visit.left().isAfter(lastFreeExit) ? null : by;
    }

    /** M2: the last day on which the visit may end as a transit or a stay too short to be registered. */
    LocalDate transitEnds() {
        return visit.entered().plusDays(rules.transitDays());
    }

    /** Whether an unregistered stay is overdue on a day: past the deadline and past the transit days (M2). */
    boolean overdueOn(LocalDate day, LocalDate registerBy) {
        return day.isAfter(registerBy) && day.isAfter(transitEnds());
    }

    boolean exempt() {
        return rules.registrationExemptDays().containsKey(facts.citizenship());
    }

    List<RegistrationFact> registrations(LocalDate on) {
        LocalDate end = end(on);
        return facts.registrations().stream()
                .filter(r -> !r.from().isBefore(visit.entered()) && !r.from().isAfter(end))
                .sorted(Comparator.comparing(RegistrationFact::from)).toList();
    }

    /** The first registration that registers the person: for M5 countries only the migration police's counts. */
    Optional<RegistrationFact> firstRegistration(LocalDate on) {
        return registrations(on).stream().filter(r -> group.registrar().accepts(r.party())).findFirst();
    }

    LocalDate end(LocalDate on) {
        return visit.left() != null && visit.left().isBefore(on) ? visit.left() : on;
    }

    Visit visit() {
        return visit;
    }

    Sanction byDays(long days) {
        return days <= rules.warningMaxDays() ? Sanction.WARNING : Sanction.PROTOCOL;
    }
}
