package kz.koshi.stay;

import java.util.List;

import kz.koshi.kandas.KandasStatusChanged;
import kz.koshi.shared.PersonSelection;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issue 15: a candidate kandas is not an ordinary foreigner. Stay learns the kandas application's status from kandas'
 * {@link KandasStatusChanged} (the person, the status, the day), keeps it, and assesses the person again, as for
 * protection's events ({@link RemovalSuspensions}): while the application runs, or once granted, no overstay is counted;
 * after a refusal the ordinary clock restarts on the refusal day (docs/stay.md).
 */
@Component
class KandasCandidacies {

    private final KandasStatusRepository statuses;
    private final ViolationDetector detector;

    KandasCandidacies(KandasStatusRepository statuses, ViolationDetector detector) {
        this.statuses = statuses;
        this.detector = detector;
    }

    @Async
    @TransactionalEventListener
    public void on(KandasStatusChanged changed) {
        statuses.record(changed);
        CrossingListener.assess(detector, PersonSelection.of(changed.personNumber()), List.of(changed.personNumber()), "EVENT");
    }
}
