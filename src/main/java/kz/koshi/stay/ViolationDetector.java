package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.BorderRecords;
import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.Direction;
import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.StayEngine;
import kz.koshi.stay.rules.StayFacts;
import kz.koshi.stay.rules.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Detects violations (when crossings arrive, see {@link CrossingListener}, and in the daily sweep) and keeps
 * each once. An exit after a court expulsion executes it: the 5-year ban is counted again from that exit (E3).
 */
@Component
class ViolationDetector {

    private final StayFactsReader factsReader;
    private final ViolationRepository violations;
    private final StayRecords records;
    private final BorderRecords border;
    private final StayEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    ViolationDetector(StayFactsReader factsReader, ViolationRepository violations, StayRecords records, BorderRecords border,
                      StayEngine engine, AuditTrail audit, Clock clock) {
        this.factsReader = factsReader;
        this.violations = violations;
        this.records = records;
        this.border = border;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records what the rules find today for one person; returns the number of new violations. */
    @Transactional
    public int detect(String personNumber, String detectedBy) {
        return detect(PersonSelection.of(personNumber), List.of(personNumber), detectedBy);
    }

    /**
     * Records what the rules find today for the given persons, who are all in the selection: their facts and
     * the violations already on record are read for the whole selection, new ones inserted and changed ones
     * updated in batches, each new one audited. Returns the number of new violations.
     */
    @Transactional
    public int detect(PersonSelection selection, Collection<String> persons, String detectedBy) {
        LocalDate today = LocalDate.now(clock);
        Map<String, StayFacts> facts = factsReader.factsOf(selection, persons);
        Map<String, StoredViolation> known = new HashMap<>();
        violations.ofPersons(selection).forEach(v -> known.put(key(v.personNumber(), v.kind(), v.since()), v));
        List<ViolationRepository.Found> added = new ArrayList<>();
        List<ViolationRepository.Found> changed = new ArrayList<>();
        for (Map.Entry<String, StayFacts> person : facts.entrySet()) {
            for (Violation v : engine.assess(person.getValue(), today).violations()) {
                StoredViolation before = known.get(key(person.getKey(), v.kind().name(), v.since()));
                ViolationRepository.Found found = new ViolationRepository.Found(person.getKey(), v);
                if (before == null) {
                    added.add(found);
                } else if (before.days() != v.days() || !before.sanction().equals(v.sanction().name())) {
                    changed.add(found);
                }
            }
        }
        violations.insertAll(added, detectedBy, clock.instant());
        violations.updateAll(changed);
        audit.recordAll(added.stream().map(f -> AuditEvent.success("VIOLATION_DETECTED", "person", f.person())
                .because(f.violation().kind() + " " + f.violation().sanction())).toList());
        return added.size();
    }

    private static String key(String person, String kind, LocalDate since) {
        return person + '|' + kind + '|' + since;
    }

    /** An exit after a court expulsion executes it: the ban runs again from that exit. */
    @Transactional
    public void executeExpulsions(List<CrossingRecorded> exits) {
        Map<String, List<Expulsion>> orders = records.expulsionsOf(PersonSelection.of(exits.stream().map(CrossingRecorded::personNumber).toList()))
                .stream().collect(Collectors.groupingBy(Expulsion::personNumber));
        for (CrossingRecorded exit : exits) {
            for (Expulsion e : orders.getOrDefault(exit.personNumber(), List.of())) {
                if (!exit.occurredOn().isBefore(e.decidedOn())) {
                    LocalDate until = engine.entryBanUntil(new StayFacts.ExpulsionFact(e.decidedOn(), e.leaveBy()), exit.occurredOn());
                    border.extendBan(e.banId(), until);
                }
            }
        }
    }
}
