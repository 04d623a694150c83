package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.border.BorderRecords;
import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.Direction;
import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.ExpulsionReviewRule;
import kz.koshi.stay.rules.StayEngine;
import kz.koshi.stay.rules.StayFacts;
import kz.koshi.stay.rules.Violation;
import kz.koshi.stay.violations.ViolatorCards;
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
    private final ExpulsionReviewRepository reviews;
    private final AssessmentTurns turns;
    private final ViolatorCards cards;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ViolationDetector(StayFactsReader factsReader, ViolationRepository violations, StayRecords records, BorderRecords border,
                      StayEngine engine, ExpulsionReviewRepository reviews, AssessmentTurns turns, ViolatorCards cards,
                      AuditTrail audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.factsReader = factsReader;
        this.violations = violations;
        this.records = records;
        this.border = border;
        this.engine = engine;
        this.reviews = reviews;
        this.turns = turns;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an assessment changed: violations recorded for the first time, and open ones withdrawn. */
    record Detection(int added, int withdrawn) {

        static final Detection NONE = new Detection(0, 0);

        Detection plus(Detection other) {
            return new Detection(added + other.added, withdrawn + other.withdrawn);
        }
    }

    /** Records what the rules find today for one person. */
    @Transactional
    public Detection detect(String personNumber, String detectedBy) {
        return detect(PersonSelection.of(personNumber), List.of(personNumber), detectedBy);
    }

    /**
     * Records what the rules find today for the given persons, who are all in the selection: their facts and
     * the violations already on record are read for the whole selection, new ones inserted and changed ones
     * updated in batches, each new one audited. An open violation of an assessed person that the rules no longer
     * find (a later registration, permit or crossing cleared it) is withdrawn, and audited; a withdrawn one found
     * again is open again. Violations an officer handled keep their state. A person with offences enough for an
     * expulsion review ({@link ExpulsionReviewRule}) is put in the migration police's queue, once per latest offence.
     * The persons' assessment turns ({@link AssessmentTurns}) are taken first: a concurrent assessment of the same
     * person (a crossing's check racing a reflection period) runs after this one and reads what it wrote.
     * Each assessed person with a violation on record gets their name, citizenship and region written for the
     * violation queue ({@link ViolatorCards}). A violation found in a raid ({@link InspectionFindings}) is not the rules'
     * to withdraw; it becomes punishable or not as the suspension periods now stand ({@link RaidViolations}).
     */
    @Transactional
    public Detection detect(PersonSelection selection, Collection<String> persons, String detectedBy) {
        turns.take(persons);
        LocalDate today = LocalDate.now(clock);
        Map<String, StayFacts> facts = factsReader.factsOf(selection, persons);
        Map<String, StoredViolation> known = new HashMap<>();
        violations.ofPersons(selection).forEach(v -> known.put(key(v.personNumber(), v.kind(), v.since()), v));
        Set<String> stillFound = new HashSet<>();
        List<ViolationRepository.Found> added = new ArrayList<>();
        List<ViolationRepository.Found> changed = new ArrayList<>();
        List<StoredViolation> reopened = new ArrayList<>();
        Map<String, ExpulsionReviewRule.Offences> reviewsDue = new HashMap<>();
        for (Map.Entry<String, StayFacts> person : facts.entrySet()) {
            List<Violation> assessed = engine.assess(person.getValue(), today).violations();
            ExpulsionReviewRule.due(assessed, today).ifPresent(o -> reviewsDue.put(person.getKey(), o));
            for (Violation v : assessed) {
                String key = key(person.getKey(), v.kind().name(), v.since());
                stillFound.add(key);
                StoredViolation before = known.get(key);
                ViolationRepository.Found found = new ViolationRepository.Found(person.getKey(), v);
                if (before == null) {
                    added.add(found);
                    continue;
                }
                if (before.withdrawn()) {
                    reopened.add(before);
                }
                if (before.days() != v.days() || !before.sanction().equals(v.sanction().name()) || before.suspended() != v.suspended()
                        || !Objects.equals(before.reason(), v.reason() == null ? null : v.reason().name())) {
                    changed.add(found);
                }
            }
        }
        changed.addAll(RaidViolations.resuspended(known.values(), facts));
        List<StoredViolation> cleared = known.entrySet().stream()
                .filter(k -> k.getValue().open() && !k.getValue().foundInRaid() && facts.containsKey(k.getValue().personNumber()) && !stillFound.contains(k.getKey()))
                .map(Map.Entry::getValue).toList();
        List<ViolationRepository.Found> recorded = violations.insertAll(added, detectedBy, clock.instant());
        violations.updateAll(changed);
        violations.withdrawAll(cleared, today);
        violations.reopenAll(reopened);
        Set<String> violators = new HashSet<>();
        known.values().forEach(v -> violators.add(v.personNumber()));
        added.forEach(f -> violators.add(f.person()));
        violators.retainAll(facts.keySet());
        cards.refresh(selection, violators);
        told(recorded, detectedBy, today);
        List<AuditEvent> events = new ArrayList<>();
        recorded.forEach(f -> events.add(AuditEvent.success("VIOLATION_DETECTED", "person", f.person())
                .because(AuditReason.of("violation-detected", ReasonArg.label("stay.violation.", f.violation().kind()),
                        ReasonArg.label("stay.sanction.", f.violation().sanction())))));
        cleared.forEach(v -> events.add(AuditEvent.success("VIOLATION_WITHDRAWN", "stay_violation", v.id())
                .because(AuditReason.of("violation-cleared", ReasonArg.label("stay.violation.", v.kind()), ReasonArg.day(v.since())))));
        reopened.forEach(v -> events.add(AuditEvent.success("VIOLATION_REOPENED", "stay_violation", v.id())
                .because(AuditReason.of("violation-found-again", ReasonArg.label("stay.violation.", v.kind()), ReasonArg.day(v.since())))));
        reviewsDue.forEach((person, offences) -> reviews.openIfNew(person, offences, clock.instant()).ifPresent(id -> events.add(
                AuditEvent.success("EXPULSION_REVIEW_OPENED", "stay_expulsion_review", id).because(AuditReason.of("offences", ReasonArg.number(offences.count()))))));
        audit.recordAll(events);
        return new Detection(recorded.size(), cleared.size());
    }

    /** The violations found for the first time, told for the statistics with the citizenship and region of their cards. */
    private void told(List<ViolationRepository.Found> recorded, String detectedBy, LocalDate today) {
        if (recorded.isEmpty()) {
            return;
        }
        Map<String, String[]> origins = cards.origins(recorded.stream().map(ViolationRepository.Found::person).distinct().toList());
        events.publishEvent(new ViolationsFound(recorded.stream().map(f -> {
            String[] origin = origins.getOrDefault(f.person(), new String[2]);
            return new ViolationsFound.Found(f.person(), f.violation().kind().name(), f.violation().since(), today, detectedBy,
                    origin[0], origin[1]);
        }).toList()));
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
