package kz.koshi.stay;

import java.util.Collection;
import java.util.List;

import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.CrossingsRecorded;
import kz.koshi.border.Direction;
import kz.koshi.shared.PersonSelection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After crossings are recorded (once their transaction has committed; the event publication registry keeps
 * the event until this has run), executes the court expulsions their exits carry out and assesses their
 * travellers again. Each step is its own transaction: when another assessment (the sweep, a batch from another
 * border post) records the same violation at the same moment, the assessment is simply taken again.
 * <p>
 * Asynchronous: run in the border's request thread after its commit, the border's connection is still bound
 * and each step needed a second one, so a burst of crossings emptied the pool (issue 11).
 */
@Component
class CrossingListener {

    private final ViolationDetector detector;

    CrossingListener(ViolationDetector detector) {
        this.detector = detector;
    }

    @Async
    @TransactionalEventListener
    public void on(CrossingsRecorded recorded) {
        List<CrossingRecorded> exits = recorded.crossings().stream().filter(c -> c.direction() == Direction.EXIT).toList();
        if (!exits.isEmpty()) {
            detector.executeExpulsions(exits);
        }
        List<String> persons = recorded.crossings().stream().map(CrossingRecorded::personNumber).distinct().toList();
        assess(detector, PersonSelection.of(persons), persons, "EVENT");
    }

    /** Assesses the persons; once more if a concurrent assessment recorded one of the same violations first. */
    static ViolationDetector.Detection assess(ViolationDetector detector, PersonSelection selection, Collection<String> persons, String detectedBy) {
        try {
            return detector.detect(selection, persons, detectedBy);
        } catch (DuplicateKeyException raced) {
            return detector.detect(selection, persons, detectedBy);
        }
    }
}
