package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A crossing that goes through: presence moves, a foreigner's first entry gets a card, the event goes out. */
@Component
class CrossingCompletion {

    private final CrossingRepository crossings;
    private final PresenceRepository presence;
    private final CardOffice cards;
    private final AlertRepository alerts;
    private final StayStatusSource status;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CrossingCompletion(CrossingRepository crossings, PresenceRepository presence, CardOffice cards, AlertRepository alerts,
                       StayStatusSource status, ApplicationEventPublisher events, Clock clock) {
        this.crossings = crossings;
        this.presence = presence;
        this.cards = cards;
        this.alerts = alerts;
        this.status = status;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the card issued by this crossing, if it issued one. */
    Optional<Card> complete(long crossingId) {
        StoredCrossing c = crossings.find(crossingId).orElseThrow();
        presence.record(c.personNumber(), c.direction(), c.id(), c.occurredAt());
        Optional<Card> issued = Optional.empty();
        if (c.direction() == Direction.ENTRY && !AlertRules.HOME.equals(c.citizenship())) {
            Card card = cards.issueIfFirst(c);
            issued = card.crossingId() == c.id() ? Optional.of(card) : Optional.empty();
        }
        events.publishEvent(new CrossingRecorded(c.id(), c.personNumber(), c.direction(),
                LocalDate.ofInstant(c.occurredAt(), ZoneOffset.UTC)));
        return issued;
    }

    CrossingReceipt receipt(long crossingId, Card issued) {
        StoredCrossing c = crossings.find(crossingId).orElseThrow();
        CrossingReceipt.CardSummary card = issued != null ? new CrossingReceipt.CardSummary(issued.number(), issued.validUntil(), true)
                : cards.ofPerson(c.personNumber()).map(k -> new CrossingReceipt.CardSummary(k.number(), k.validUntil(), false)).orElse(null);
        return new CrossingReceipt(c.id(), c.personNumber(), c.state(), card, status.statusOf(c.personNumber(), LocalDate.now(clock)),
                alerts.ofCrossing(crossingId).stream()
                        .map(a -> new CrossingReceipt.AlertSummary(a.id(), a.kind().name(), a.reason(), a.state().name())).toList());
    }
}
