package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Crossings that go through: presence moves, a foreigner's first entry gets a card, one event goes out for
 * all of them; and the receipts that answer the border post.
 */
@Component
class CrossingCompletion {

    private final PresenceRepository presence;
    private final CardOffice cards;
    private final AlertRepository alerts;
    private final StayStatusSource status;
    private final CheckpointRepository checkpoints;
    private final SurveyReferences references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CrossingCompletion(PresenceRepository presence, CardOffice cards, AlertRepository alerts, StayStatusSource status,
                       CheckpointRepository checkpoints, SurveyReferences references, ApplicationEventPublisher events, Clock clock) {
        this.presence = presence;
        this.cards = cards;
        this.alerts = alerts;
        this.status = status;
        this.checkpoints = checkpoints;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    /** Completes the crossings; returns the cards issued now, by the crossing that issued them. */
    Map<Long, Card> completeAll(List<StoredCrossing> completed) {
        if (completed.isEmpty()) {
            return Map.of();
        }
        presence.recordAll(completed);
        Map<Long, Card> issued = cards.issueOnFirstEntries(completed.stream()
                .filter(c -> c.direction() == Direction.ENTRY && !AlertRules.HOME.equals(c.citizenship())).toList());
        events.publishEvent(new CrossingsRecorded(completed.stream().map(c -> recorded(c, issued.containsKey(c.id()))).toList()));
        references.completed(completed);
        return issued;
    }

    private CrossingRecorded recorded(StoredCrossing c, boolean cardIssued) {
        java.util.Optional<Checkpoint> checkpoint = checkpoints.find(c.checkpoint());
        LocalDate day = LocalDate.ofInstant(c.occurredAt(), clock.getZone());
        return new CrossingRecorded(c.id(), c.personNumber(), c.direction(), day, c.citizenship(), c.purpose(),
                checkpoint.map(Checkpoint::neighbour).orElse(null), sexOf(c.sex()), AgeGroup.of(c.birthDate(), day),
                checkpoint.map(Checkpoint::regionCode).orElse(null), cardIssued);
    }

    /** A minor's exit the officer stopped (a MINOR_EXIT alert decided STOPPED), told for the statistics. */
    void minorStopped(Alert alert, StoredCrossing c) {
        java.util.Optional<Checkpoint> checkpoint = checkpoints.find(c.checkpoint());
        LocalDate day = LocalDate.ofInstant(c.occurredAt(), clock.getZone());
        events.publishEvent(new MinorStopped(alert.id(), c.id(), day, c.citizenship(), sexOf(c.sex()), AgeGroup.of(c.birthDate(), day),
                checkpoint.map(Checkpoint::regionCode).orElse(null), checkpoint.map(Checkpoint::kind).orElse(null), alert.reason()));
    }

    private static Sex sexOf(String code) {
        return Sex.MALE.code().equals(code) ? Sex.MALE : Sex.FEMALE.code().equals(code) ? Sex.FEMALE : null;
    }

    /** The answers for these crossings, in their order: person, state, card, legal status today, alerts. */
    List<CrossingReceipt> receipts(List<StoredCrossing> crossings, Map<Long, Card> issued) {
        Collection<String> persons = crossings.stream().map(StoredCrossing::personNumber).collect(Collectors.toSet());
        Map<String, Card> held = cards.ofPersons(persons);
        Map<String, PersonStatus> statuses = status.statusesOf(persons, LocalDate.now(clock));
        Map<Long, List<Alert>> raised = alerts.ofCrossings(crossings.stream().map(StoredCrossing::id).toList());
        return crossings.stream().map(c -> {
            Card now = issued.get(c.id());
            Card card = now != null ? now : held.get(c.personNumber());
            return new CrossingReceipt(c.id(), c.personNumber(), c.state(),
                    card == null ? null : new CrossingReceipt.CardSummary(card.number(), card.validUntil(), now != null),
                    statuses.get(c.personNumber()),
                    raised.getOrDefault(c.id(), List.of()).stream()
                            .map(a -> new CrossingReceipt.AlertSummary(a.id(), a.kind().name(), a.reason(), a.state().name())).toList(),
                    c.lane());
        }).toList();
    }
}
