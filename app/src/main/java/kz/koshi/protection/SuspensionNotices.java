package kz.koshi.protection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.koshi.shared.CriminalStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells stay (issue 12), with ids and dates only, when a foreign victim's special social services begin, are extended
 * or end, and when a criminal case in which they are the victim starts or stops running: removal is suspended while
 * any of these, or a reflection period, lasts. Stay learns the dates, never the case.
 */
@Component
class SuspensionNotices {

    /** The stages of a criminal case still running; CONVICTED and DISCONTINUED end it. */
    private static final Set<CriminalStage> RUNNING = EnumSet.of(CriminalStage.OPENED, CriminalStage.INVESTIGATION, CriminalStage.COURT);

    private final OutcomeRepository outcomes;
    private final ApplicationEventPublisher events;

    SuspensionNotices(OutcomeRepository outcomes, ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.events = events;
    }

    /** Admission, or an approved extension: the services run from admission to the period's (new) end. */
    void servicesRun(CaseRow c, LocalDate admittedOn, LocalDate endsOn) {
        if (c.foreign()) {
            events.publishEvent(new SpecialSocialServicesStarted(c.personNumber(), admittedOn, endsOn));
        }
    }

    /** A case closed while the person was in services ends them on the day of closure. */
    void caseClosed(CaseRow c, LocalDate closedOn) {
        if (c.foreign() && c.admittedOn() != null) {
            events.publishEvent(new SpecialSocialServicesEnded(c.personNumber(), closedOn));
        }
    }

    /** Call after a criminal-case outcome is stored, with the case's outcomes as they were before it. */
    void criminalStage(CaseRow c, List<CaseFile.Outcome> before) {
        if (!c.foreign()) {
            return;
        }
        List<CaseFile.Outcome> after = criminal(outcomes.outcomes(c.id()));
        boolean was = running(criminal(before));
        boolean is = running(after);
        if (!was && is) {
            events.publishEvent(new VictimCriminalCaseOpened(c.personNumber(), after.getLast().recordedOn()));
        } else if (was && !is) {
            events.publishEvent(new VictimCriminalCaseClosed(c.personNumber(), after.getLast().recordedOn()));
        }
    }

    private static List<CaseFile.Outcome> criminal(List<CaseFile.Outcome> all) {
        return all.stream().filter(o -> o.kind() == OutcomeKind.CRIMINAL_CASE).toList();
    }

    private static boolean running(List<CaseFile.Outcome> criminal) {
        return !criminal.isEmpty() && RUNNING.contains(criminal.getLast().criminalStage());
    }
}
