package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the commission's statistics what happened to a case, with its {@link CaseFacts} (region, sex, age group,
 * citizenship, exploitation, pathway, all as at identification): never a name, pseudonym, birth date or text.
 */
@Component
class StatisticsNotices {

    private final ScreeningRepository screenings;
    private final KazakhstanCalendar calendar;
    private final ApplicationEventPublisher events;

    StatisticsNotices(ScreeningRepository screenings, KazakhstanCalendar calendar, ApplicationEventPublisher events) {
        this.screenings = screenings;
        this.calendar = calendar;
        this.events = events;
    }

    void identified(CaseRow c) {
        events.publishEvent(new VictimIdentified(c.id(), calendar.dayOf(c.openedAt()), facts(c)));
    }

    void admitted(CaseRow c, LocalDate admittedOn, LocalDate endsOn, String centre) {
        events.publishEvent(new VictimAdmitted(c.id(), admittedOn, endsOn, centre, facts(c)));
    }

    void extended(CaseRow c, long extensionId, LocalDate endsOn, String reason) {
        events.publishEvent(new ServicePeriodExtended(c.id(), extensionId, calendar.today(), endsOn, reason, c.centreCode(), facts(c)));
    }

    void outcome(CaseRow c, long outcomeId, NewOutcome o) {
        events.publishEvent(new VictimOutcomeRecorded(c.id(), outcomeId, o.recordedOn(), o.kind(), facts(c)));
    }

    void closed(CaseRow c, Closure closure) {
        events.publishEvent(new VictimCaseClosed(c.id(), closure.closedOn(), closure.reason(), facts(c)));
    }

    private CaseFacts facts(CaseRow c) {
        CaseFile.Screening s = screenings.find(c.screeningId()).orElseThrow();
        return new CaseFacts(c.regionCode(), sex(c.sex()), AgeGroup.of(c.birthDate(), calendar.dayOf(c.openedAt())),
                c.citizenship(), s.exploitationType(), s.pathway());
    }

    private static Sex sex(String code) {
        for (Sex sex : Sex.values()) {
            if (sex.code().equals(code)) {
                return sex;
            }
        }
        return null;
    }
}
