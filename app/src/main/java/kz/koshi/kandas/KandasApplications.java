package kz.koshi.kandas;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The migration police's side (docs/kandas.md, "Arrival and status"): the kandas who arrived, and their application's
 * status: applied, then granted or refused, each on a day neither before the step before it nor after today. Each
 * reading and each change is audited; each change is told as {@link KandasStatusChanged} (stay holds the 90-day rule).
 */
@Service
@Transactional
@PreAuthorize("hasRole('MIGRATION_OFFICER') or hasAuthority('SCOPE_kandas:status')")
public class KandasApplications {

    private final Arrivals arrivals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    KandasApplications(Arrivals arrivals, AuditTrail audit, ApplicationEventPublisher events, ReferenceData reference,
                       KazakhstanCalendar calendar) {
        this.arrivals = arrivals;
        this.audit = audit;
        this.events = events;
        this.reference = reference;
        this.calendar = calendar;
    }

    public List<Arrival> arrivals() {
        List<Arrival> all = arrivals.all();
        audit.record(AuditEvent.success("KANDAS_ARRIVALS_READ", "kandas_arrival", null).because(AuditReason.of("arrivals-listed", ReasonArg.number(all.size()))));
        return all;
    }

    /** Records the application's new status; a person who did not arrive as a kandas is not found. */
    public Arrival record(String personNumber, ApplicationStatus status, LocalDate on) {
        Arrival arrival = arrivals.find(personNumber).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "kandas.arrival.not-found"));
        if (!status.follows(arrival.status())) {
            throw new DomainProblem(ProblemType.CONFLICT, "status", "kandas.status.not-next");
        }
        LocalDate earliest = arrival.status() == null ? arrival.arrivedOn() : arrival.statusOn();
        if (on.isBefore(earliest) || on.isAfter(calendar.today())) {
            throw new DomainProblem(ProblemType.VALIDATION, "on", "kandas.status.day-out-of-range");
        }
        arrivals.setStatus(personNumber, status, on, Officer.current(reference).name());
        audit.record(AuditEvent.success("KANDAS_STATUS_RECORDED", "kandas_arrival", personNumber).because(AuditReason.of("kandas-status", ReasonArg.label("kandas.application.choose.", status), ReasonArg.day(on))));
        events.publishEvent(new KandasStatusChanged(personNumber, status, on));
        return arrivals.find(personNumber).orElseThrow();
    }
}
