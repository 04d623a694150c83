package kz.koshi.stay;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
        List<CrossingView> crossings = border.crossingsOf(person).stream().filter(c -> c.state().equals("COMPLETED")).toList();
        String citizenship = crossings.isEmpty() ? "XXX" : crossings.getLast().citizenship();
        List<Registration> registrations = records.registrations(person);
        return new StayFacts(citizenship, visits(crossings),
                registrations.stream().filter(r -> r.basis().equals("ORDINARY"))
                        .map(r -> new StayFacts.RegistrationFact(RegistrationParty.valueOf(r.party()), r.validFrom(), r.validUntil())).toList(),
                records.permits(person).stream()
                        .map(p -> new StayFacts.PermitFact(PermitKind.valueOf(p.kind()), p.validFrom(), p.validUntil(), p.employer())).toList(),
                records.expulsions(person).stream().map(e -> new StayFacts.ExpulsionFact(e.decidedOn(), e.leaveBy())).toList(),
                border.bansOf(person).stream().filter(b -> b.kind().equals("ENTRY_BAN"))
                        .map(b -> new StayFacts.Period(b.validFrom(), b.validUntil())).toList(),
                registrations.stream().filter(r -> r.basis().equals("VICTIM_INVESTIGATION"))
                        .map(r -> new StayFacts.Period(r.validFrom(), r.validUntil())).toList(),
                violations.blocks(person).stream().map(b -> new StayFacts.Period(b[0], b[1])).toList());
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
