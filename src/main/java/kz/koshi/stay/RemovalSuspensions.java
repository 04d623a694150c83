package kz.koshi.stay;

import kz.koshi.protection.ReflectionPeriodEnded;
import kz.koshi.protection.ReflectionPeriodStarted;
import kz.koshi.protection.SpecialSocialServicesEnded;
import kz.koshi.protection.SpecialSocialServicesStarted;
import kz.koshi.protection.VictimCriminalCaseClosed;
import kz.koshi.protection.VictimCriminalCaseOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * V5 and issue 12: while a reflection period, special social services or a criminal case in which the person is a
 * victim run, removal is suspended. Stay learns only the person and the dates from protection's events, and says
 * "removal suspended" without a reason. Each change assesses the person again, so that violations are recorded as
 * punishable or not as the periods now stand.
 */
@Component
class RemovalSuspensions {

    private final SuspensionRepository periods;
    private final ViolationDetector detector;

    RemovalSuspensions(SuspensionRepository periods, ViolationDetector detector) {
        this.periods = periods;
        this.detector = detector;
    }

    @ApplicationModuleListener
    public void on(ReflectionPeriodStarted started) {
        periods.start(started.personNumber(), SuspensionGround.REFLECTION, started.startsOn(), started.endsOn());
        detector.detect(started.personNumber(), "EVENT");
    }

    @ApplicationModuleListener
    public void on(ReflectionPeriodEnded ended) {
        periods.end(ended.personNumber(), SuspensionGround.REFLECTION, ended.endedOn());
        detector.detect(ended.personNumber(), "EVENT");
    }

    @ApplicationModuleListener
    public void on(SpecialSocialServicesStarted started) {
        periods.start(started.personNumber(), SuspensionGround.SOCIAL_SERVICES, started.startsOn(), started.endsOn());
        detector.detect(started.personNumber(), "EVENT");
    }

    @ApplicationModuleListener
    public void on(SpecialSocialServicesEnded ended) {
        periods.end(ended.personNumber(), SuspensionGround.SOCIAL_SERVICES, ended.endedOn());
        detector.detect(ended.personNumber(), "EVENT");
    }

    /** A case already running keeps its first day. */
    @ApplicationModuleListener
    public void on(VictimCriminalCaseOpened opened) {
        if (!periods.running(opened.personNumber(), SuspensionGround.CRIMINAL_CASE)) {
            periods.start(opened.personNumber(), SuspensionGround.CRIMINAL_CASE, opened.openedOn(), null);
        }
        detector.detect(opened.personNumber(), "EVENT");
    }

    @ApplicationModuleListener
    public void on(VictimCriminalCaseClosed closed) {
        periods.end(closed.personNumber(), SuspensionGround.CRIMINAL_CASE, closed.closedOn());
        detector.detect(closed.personNumber(), "EVENT");
    }
}
