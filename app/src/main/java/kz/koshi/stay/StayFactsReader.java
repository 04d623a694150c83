package kz.koshi.stay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.border.BanView;
import kz.koshi.border.BorderRecords;
import kz.koshi.border.CrossingView;
import kz.koshi.border.Direction;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.PermitKind;
import kz.koshi.stay.rules.RegistrationParty;
import kz.koshi.stay.rules.StayFacts;
import org.springframework.stereotype.Component;

/** Gathers a person's facts for the engine: completed crossings paired into visits, and stay's own records. */
@Component
class StayFactsReader {

    /** The citizenship of a person neither a crossing nor the identity registry gives one for. */
    private static final String UNKNOWN_CITIZENSHIP = "XXX";

    private final BorderRecords border;
    private final StayRecords records;
    private final SuspensionRepository suspensions;
    private final KandasStatusRepository kandas;
    private final IdentityResolution identity;
    private final KazakhstanCalendar calendar;

    StayFactsReader(BorderRecords border, StayRecords records, SuspensionRepository suspensions, KandasStatusRepository kandas,
                    IdentityResolution identity, KazakhstanCalendar calendar) {
        this.border = border;
        this.records = records;
        this.suspensions = suspensions;
        this.kandas = kandas;
        this.identity = identity;
        this.calendar = calendar;
    }

    StayFacts facts(String person) {
        return factsOf(PersonSelection.of(person), List.of(person)).get(person);
    }

    /**
     * The facts of the given persons, who are all in the selection, read with one query per kind of record for
     * the whole selection: the daily sweep reads a page of persons this way, a batch of crossings its travellers.
     */
    Map<String, StayFacts> factsOf(PersonSelection selection, Collection<String> persons) {
        Map<String, List<CrossingView>> crossings = border.crossingsOf(selection);
        Map<String, List<BanView>> bans = border.bansOf(selection);
        Map<String, List<Registration>> registrations = byPerson(records.registrationsOf(selection), Registration::personNumber);
        Map<String, List<Permit>> permits = byPerson(records.permitsOf(selection), Permit::personNumber);
        Map<String, List<Expulsion>> expulsions = byPerson(records.expulsionsOf(selection), Expulsion::personNumber);
        Map<String, List<StayFacts.Period>> suspended = suspensions.of(selection);
        Map<String, StayFacts.Candidacy> candidacies = kandas.of(selection);
        Map<String, StayFacts> facts = new LinkedHashMap<>();
        for (String person : persons) {
            List<CrossingView> all = crossings.getOrDefault(person, List.of());
            List<CrossingView> completed = all.stream().filter(c -> c.state().equals("COMPLETED")).toList();
            List<Registration> registered = registrations.getOrDefault(person, List.of());
            facts.put(person, new StayFacts(citizenship(person, completed.isEmpty() ? all : completed), visits(completed, calendar.zone()),
                    registered.stream().filter(r -> r.basis().equals("ORDINARY"))
                            .map(r -> new StayFacts.RegistrationFact(RegistrationParty.valueOf(r.party()), r.validFrom(), r.validUntil())).toList(),
                    permits.getOrDefault(person, List.of()).stream()
                            .map(p -> new StayFacts.PermitFact(PermitKind.valueOf(p.kind()), p.validFrom(), p.validUntil(), p.employer())).toList(),
                    expulsions.getOrDefault(person, List.of()).stream()
                            .map(e -> new StayFacts.ExpulsionFact(e.decidedOn(), e.leaveBy())).toList(),
                    bans.getOrDefault(person, List.of()).stream().filter(b -> b.kind().equals("ENTRY_BAN"))
                            .map(b -> new StayFacts.Period(b.validFrom(), b.validUntil())).toList(),
                    registered.stream().filter(r -> r.basis().equals("VICTIM_INVESTIGATION"))
                            .map(r -> new StayFacts.Period(r.validFrom(), r.validUntil())).toList(),
                    suspended.getOrDefault(person, List.of()), candidacies.get(person)));
        }
        return facts;
    }

    /**
     * The citizenship of the latest crossing (a completed one first: a held crossing's document may yet be refused);
     * with no crossing on record, the identity registry's (a citizen of Kazakhstan who never crossed is a citizen).
     */
    private String citizenship(String person, List<CrossingView> crossings) {
        if (!crossings.isEmpty()) {
            return crossings.getLast().citizenship();
        }
        return identity.registered(person).map(PersonSummary::citizenship).filter(c -> c != null && !c.isBlank())
                .orElse(UNKNOWN_CITIZENSHIP);
    }

    private static <T> Map<String, List<T>> byPerson(List<T> rows, Function<T, String> person) {
        return rows.stream().collect(Collectors.groupingBy(person, Collectors.toList()));
    }

    /** The visits of a person's crossings: only completed crossings count. */
    static List<StayFacts.Visit> visitsOf(List<CrossingView> crossings, ZoneId zone) {
        return visits(crossings.stream().filter(c -> c.state().equals("COMPLETED")).toList(), zone);
    }

    /**
     * Entries and exits in time order become visits; an exit with no entry on record closes nothing. An entry that
     * follows an entry with no exit between them ends the earlier visit on its day, with the exit unknown. A crossing
     * counts on its day in Kazakhstan's zone (a crossing at 00:30 in Astana is on that day, not on UTC's previous one).
     */
    static List<StayFacts.Visit> visits(List<CrossingView> crossings, ZoneId zone) {
        List<StayFacts.Visit> visits = new ArrayList<>();
        LocalDate entered = null;
        String purpose = null;
        for (CrossingView c : crossings) {
            LocalDate day = LocalDate.ofInstant(c.occurredAt(), zone);
            if (c.direction() == Direction.ENTRY) {
                if (entered != null) {
                    visits.add(new StayFacts.Visit(entered, day, purpose, true));
                }
                entered = day;
                purpose = c.purpose();
            } else if (entered != null) {
                visits.add(new StayFacts.Visit(entered, day, purpose));
                entered = null;
            }
        }
        if (entered != null) {
            visits.add(new StayFacts.Visit(entered, null, purpose));
        }
        return visits;
    }
}
