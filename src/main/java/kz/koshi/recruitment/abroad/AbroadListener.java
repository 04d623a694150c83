package kz.koshi.recruitment.abroad;

import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.CrossingsRecorded;
import kz.koshi.identity.PersonsMerged;
import kz.koshi.recruitment.PlacementReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the register from placements and border crossings (and keeps it on the surviving number of merged persons), once their transaction has committed (the event
 * publication registry keeps the event until this has run), in a transaction of its own and off the caller's thread,
 * so that a border post's batch never waits for the register.
 */
@Component
class AbroadListener {

    private final AbroadRegister register;

    AbroadListener(AbroadRegister register) {
        this.register = register;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    public void on(PlacementReported placement) {
        register.placed(placement);
    }

    /** When a reviewer merges two persons, the merged one's stays abroad follow the survivor. */
    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        register.merged(merged.mergedPersonNumber(), merged.survivingPersonNumber());
    }

    @Async
    @TransactionalEventListener
    public void on(CrossingsRecorded recorded) {
        for (CrossingRecorded crossing : recorded.crossings()) {
            register.crossed(crossing);
        }
    }
}
