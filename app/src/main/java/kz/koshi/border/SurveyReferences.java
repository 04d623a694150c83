package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kandas survey references travellers gave at the booth: kept with the crossing, and told to the kandas module
 * ({@link KandasReferenceGiven}) when an entry completes: at once, or when the officer lets a held crossing through.
 */
@Component
class SurveyReferences {

    private final JdbcClient jdbc;
    private final CrossingRepository crossings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyReferences(JdbcClient jdbc, CrossingRepository crossings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.crossings = crossings;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the reference given at this crossing; an entry already completed is told now. */
    @Transactional
    public void give(long crossingId, String reference) {
        jdbc.sql("insert into border_kandas_reference (crossing_id, reference, given_at) values (?, ?, ?)")
                .params(crossingId, reference, CrossingRepository.utc(clock.instant())).update();
        crossings.find(crossingId).filter(c -> "COMPLETED".equals(c.state())).ifPresent(c -> tell(c, reference));
    }

    /** Tells the references given at these crossings, which have just completed. */
    void completed(List<StoredCrossing> completed) {
        for (StoredCrossing c : completed) {
            jdbc.sql("select reference from border_kandas_reference where crossing_id = ?").param(c.id())
                    .query(String.class).optional().ifPresent(reference -> tell(c, reference));
        }
    }

    private void tell(StoredCrossing c, String reference) {
        if (c.direction() == Direction.ENTRY) {
            events.publishEvent(new KandasReferenceGiven(c.id(), c.personNumber(), reference,
                    LocalDate.ofInstant(c.occurredAt(), clock.getZone())));
        }
    }
}
