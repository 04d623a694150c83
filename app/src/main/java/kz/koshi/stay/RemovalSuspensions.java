package kz.koshi.stay;

import java.util.List;

import kz.koshi.protection.ReflectionPeriodEnded;
import kz.koshi.protection.ReflectionPeriodStarted;
import kz.koshi.protection.SpecialSocialServicesEnded;
import kz.koshi.protection.SpecialSocialServicesStarted;
import kz.koshi.protection.VictimCriminalCaseClosed;
import kz.koshi.protection.VictimCriminalCaseOpened;
import kz.koshi.shared.PersonSelection;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * V5 and issue 12: while a reflection period, special social services or a criminal case in which the person is a
 * victim run, removal is suspended. Stay learns only the person and the dates from protection's events, and says
 * "removal suspended" without a reason. Each change assesses the person again, so that violations are recorded as
 * punishable or not as the periods now stand. As for crossings ({@link CrossingListener}), after the sender's commit
 * (the event publication registry keeps the event until this has run), the period in its own transaction and the
 * assessment in another, taken again if a concurrent one recorded the same violation first: a race of assessments
 * never loses the period.
 */
@Component
class RemovalSuspensions {

    private final SuspensionRepository periods;
    private final ViolationDetector detector;

    RemovalSuspensions(SuspensionRepository periods, ViolationDetector detector) {
        this.periods = periods;
        this.detector = detector;
    }

    @Async
    @TransactionalEventListener
    public void on(ReflectionPeriodStarted started) {
        periods.start(started.personNumber(), SuspensionGround.REFLECTION, started.startsOn(), started.endsOn());
        assess(started.personNumber());
    }

    @Async
    @TransactionalEventListener
    public void on(ReflectionPeriodEnded ended) {
        periods.end(ended.personNumber(), SuspensionGround.REFLECTION, ended.endedOn());
        assess(ended.personNumber());
    }

    @Async
    @TransactionalEventListener
    public void on(SpecialSocialServicesStarted started) {
        periods.start(started.personNumber(), SuspensionGround.SOCIAL_SERVICES, started.startsOn(), started.endsOn());
        assess(started.personNumber());
    }

    @Async
    @TransactionalEventListener
    public void on(SpecialSocialServicesEnded ended) {
        periods.end(ended.personNumber(), SuspensionGround.SOCIAL_SERVICES, ended.endedOn());
        assess(ended.personNumber());
    }

    /** A case already running keeps its first day. */
    @Async
    @TransactionalEventListener
    public void on(VictimCriminalCaseOpened opened) {
        if (!periods.running(opened.personNumber(), SuspensionGround.CRIMINAL_CASE)) {
            periods.start(opened.personNumber(), SuspensionGround.CRIMINAL_CASE, opened.openedOn(), null);
        }
        assess(opened.personNumber());
    }

    @Async
    @TransactionalEventListener
    public void on(VictimCriminalCaseClosed closed) {
        periods.end(closed.personNumber(), SuspensionGround.CRIMINAL_CASE, closed.closedOn());
        assess(closed.personNumber());
    }

    private void assess(String person) {
        CrossingListener.assess(detector, PersonSelection.of(person), List.of(person), "EVENT");
    }
}
