package kz.koshi.recruitment.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.recruitment.rules.RiskRules;
import kz.koshi.recruitment.rules.SignalKind;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk signals: raised once per fact by the rules, listed for the labour authority (per agency and across them,
 * by rule, open or handled) and marked handled with a note (audited). Never shown to the agency nor the public.
 */
@Service
public class RiskSignals {

    private final SignalRepository signals;
    private final SignalReasons reasons;
    private final AuditTrail audit;
    private final Clock clock;

    RiskSignals(SignalRepository signals, SignalReasons reasons, AuditTrail audit, Clock clock) {
        this.signals = signals;
        this.reasons = reasons;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Module API for the register of citizens abroad: {@code workers} of the agency's placed workers not heard from
     * (no return on record, no consular contact) after their contract ended, as counted on {@code asOf}. Raises a
     * {@code WORKER_NOT_HEARD_FROM} signal once per agency, day and count; false when nothing was raised.
     */
    @Transactional
    public boolean workerNotHeardFrom(String agencyCode, long workers, LocalDate asOf) {
        if (workers < 0 || asOf == null || asOf.isAfter(LocalDate.now(clock))) {
            throw new DomainProblem(ProblemType.VALIDATION, "workers", "recruitment.signal.not-heard-from.invalid");
        }
        String bin = signals.binOf(agencyCode)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.agency.not-found"));
        return RiskRules.notHeardFromRaises(workers) && raise(NewSignal.counted(SignalKind.WORKER_NOT_HEARD_FROM, bin,
                asOf + ":" + workers, workers, null, asOf, null));
    }

    boolean raise(NewSignal signal) {
        return signals.raise(signal, clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')")
    public List<Signal> list(SignalFilter filter) {
        return signals.list(filter).stream().map(s -> s.withReason(reasons.of(s))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')")
    public Signal signal(long id) {
        return signals.find(id).map(s -> s.withReason(reasons.of(s)))
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.signal.not-found"));
    }

    @Transactional
    @PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')")
    public Signal handle(long id, HandlingNote note) {
        signal(id);
        if (!signals.handle(id, CurrentActor.name(), note.note().strip(), clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.signal.handled-already");
        }
        audit.record(AuditEvent.success("RECRUITMENT_SIGNAL_HANDLED", "recruitment_signal", id));
        return signal(id);
    }
}
