package kz.koshi.stay;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import kz.koshi.stay.rules.PermitKind;
import kz.koshi.stay.rules.RegistrationParty;
import kz.koshi.stay.rules.StayFacts;
import org.springframework.stereotype.Component;

/** Gathers a person's facts for the engine: completed crossings paired into visits, and stay's own records. */
@Component
class StayFactsReader {

    private final BorderRecords border;
    private final StayRecords records;
    private final ViolationRepository violations;

    StayFactsReader(BorderRecords border, StayRecords records, ViolationRepository violations) {
        this.border = border;
        this.records = records;
        this.violations = violations;
    }

    StayFacts facts(String person) {
        return factsBetween(person, person, List.of(person)).get(person);
    }

    /**
     * The facts of the given persons, all numbered first to last (inclusive), read with one query per kind of
     * record for the whole range: the daily sweep reads a page of persons this way.
     */
    Map<String, StayFacts> factsBetween(String first, String last, Collection<String> persons) {
        Map<String, List<CrossingView>> crossings = border.crossingsBetween(first, last);
        Map<String, List<BanView>> bans = border.bansBetween(first, last);
        Map<String, List<Registration>> registrations = byPerson(records.registrationsBetween(first, last), Registration::personNumber);
        Map<String, List<Permit>> permits = byPerson(records.permitsBetween(first, last), Permit::personNumber);
        Map<String, List<Expulsion>> expulsions = byPerson(records.expulsionsBetween(first, last), Expulsion::personNumber);
        Map<String, List<StayFacts.Period>> blocks = violations.blocksBetween(first, last);
        Map<String, StayFacts> facts = new LinkedHashMap<>();
        for (String person : persons) {
            List<CrossingView> completed = crossings.getOrDefault(person, List.of()).stream()
                    .filter(c -> c.state().equals("COMPLETED")).toList();
            List<Registration> registered = registrations.getOrDefault(person, List.of());
            facts.put(person, new StayFacts(completed.isEmpty() ? "XXX" : completed.getLast().citizenship(), visits(completed),
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
                    blocks.getOrDefault(person, List.of())));
        }
        return facts;
    }

    private static <T> Map<String, List<T>> byPerson(List<T> rows, Function<T, String> person) {
        return rows.stream().collect(Collectors.groupingBy(person, Collectors.toList()));
    }

    /** Entries and exits in time order become visits; an exit with no entry on record closes nothing. */
    static List<StayFacts.Visit> visits(List<CrossingView> crossings) {
        List<StayFacts.Visit> visits = new ArrayList<>();
        LocalDate entered = null;
        String purpose = null;
        for (CrossingView c : crossings) {
            LocalDate day = LocalDate.ofInstant(c.occurredAt(), ZoneOffset.UTC);
            if (c.direction() == Direction.ENTRY) {
                if (entered != null) {
                    visits.add(new StayFacts.Visit(entered, day, purpose));
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
