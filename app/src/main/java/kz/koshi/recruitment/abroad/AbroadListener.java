package kz.koshi.recruitment.abroad;

import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.CrossingsRecorded;
import kz.koshi.identity.PersonsMerged;
import kz.koshi.recruitment.PlacementReported;
import org.springframework.dao.DuplicateKeyException;
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
        take(placement);
    }

    /**
     * A placement delivered twice at once (a retry racing the first delivery) is recorded by whichever commits first;
     * the other's insert of the same feed record is refused by the unique key, and there is nothing left to do.
     */
    void take(PlacementReported placement) {
        try {
            register.placed(placement);
        } catch (DuplicateKeyException recordedByTheOtherDelivery) {
            // the same placement's stay is already on the register
        }
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
            try {
                register.crossed(crossing);
            } catch (DuplicateKeyException recordedByTheOtherDelivery) {
                // the same exit is already on the register
            }
        }
    }
}
