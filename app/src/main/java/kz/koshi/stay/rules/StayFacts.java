package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rule engine knows about one person: citizenship, visits (entry to exit), registrations,
 * permits, court expulsion orders, entry bans, and the periods that protect them (a victim's registration
 * for an investigation, M7; the periods removal is suspended: a reflection period (V5), special social services, a
 * criminal case in which the person is a victim), and a kandas application (issue 15). Plain data; the engine decides.
 */
public record StayFacts(String citizenship, List<Visit> visits, List<RegistrationFact> registrations,
                        List<PermitFact> permits, List<ExpulsionFact> expulsions, List<Period> bans,
                        List<Period> victimRegistrations, List<Period> suspensions, Candidacy kandas) {

    public StayFacts {
        visits = List.copyOf(visits);
        registrations = List.copyOf(registrations);
        permits = List.copyOf(permits);
        expulsions = List.copyOf(expulsions);
        bans = List.copyOf(bans);
        victimRegistrations = List.copyOf(victimRegistrations);
        suspensions = List.copyOf(suspensions);
    }

    public static StayFacts of(String citizenship, List<Visit> visits) {
        return new StayFacts(citizenship, visits, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    public StayFacts withRegistrations(List<RegistrationFact> r) {
        return new StayFacts(citizenship, visits, r, permits, expulsions, bans, victimRegistrations, suspensions, kandas);
    }

    public StayFacts withPermits(List<PermitFact> p) {
        return new StayFacts(citizenship, visits, registrations, p, expulsions, bans, victimRegistrations, suspensions, kandas);
    }

    public StayFacts withExpulsions(List<ExpulsionFact> e) {
        return new StayFacts(citizenship, visits, registrations, permits, e, bans, victimRegistrations, suspensions, kandas);
    }

    public StayFacts withBans(List<Period> b) {
        return new StayFacts(citizenship, visits, registrations, permits, expulsions, b, victimRegistrations, suspensions, kandas);
    }

    public StayFacts withProtection(List<Period> victim, List<Period> suspended) {
        return new StayFacts(citizenship, visits, registrations, permits, expulsions, bans, victim, suspended, kandas);
    }

    public StayFacts withKandas(Candidacy candidacy) {
        return new StayFacts(citizenship, visits, registrations, permits, expulsions, bans, victimRegistrations, suspensions, candidacy);
    }

    /**
     * A stay in the country: entry date, exit date (null while present) and the declared purpose. With
     * {@code exitUnknown}, no exit is on record: a later entry ended the visit, and {@code left} is that entry's day.
     */
    public record Visit(LocalDate entered, LocalDate left, String purpose, boolean exitUnknown) {

        public Visit(LocalDate entered, LocalDate left, String purpose) {
            this(entered, left, purpose, false);
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(entered) && (left == null || !day.isAfter(left));
        }
    }

    public record RegistrationFact(RegistrationParty party, LocalDate from, LocalDate until) {
    }

    public record PermitFact(PermitKind kind, LocalDate from, LocalDate until, String employer) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    /** A court's expulsion order (E2): the person must leave by {@code leaveBy}. */
    public record ExpulsionFact(LocalDate decidedOn, LocalDate leaveBy) {
    }

    /** A closed period of days, both ends included. */
    public record Period(LocalDate from, LocalDate until) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /**
     * A kandas application (issue 15): made on {@code appliedOn}; {@code refusedOn} is null while it runs and once it
     * is granted (a residence permit follows, K1), the day of the refusal otherwise.
     */
    public record Candidacy(LocalDate appliedOn, LocalDate refusedOn) {
    }
}
