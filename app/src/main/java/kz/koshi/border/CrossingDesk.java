package kz.koshi.border;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records prepared crossings (one, or a batch from a border post system) through {@link CrossingBatch}, and takes
 * the officer's decisions on the alerts that hold a crossing.
 */
@Service
class CrossingDesk {

    private final CrossingBatch batch;
    private final CrossingRepository crossings;
    private final AlertRepository alerts;
    private final CrossingCompletion completion;
    private final AuditTrail audit;
    private final Clock clock;

    CrossingDesk(CrossingBatch batch, CrossingRepository crossings, AlertRepository alerts, CrossingCompletion completion,
                 AuditTrail audit, Clock clock) {
        this.batch = batch;
        this.crossings = crossings;
        this.alerts = alerts;
        this.completion = completion;
        this.audit = audit;
        this.clock = clock;
    }

    /** One crossing's outcome as its answer: the receipt, or a refusal (its fields; a crossing received before is a conflict). */
    static CrossingReceipt receipt(CrossingOutcome outcome) {
        return switch (outcome) {
            case CrossingOutcome.Recorded recorded -> recorded.receipt();
            case CrossingOutcome.Rejected rejected -> throw new CrossingRejected(rejected.problems());
            case CrossingOutcome.Duplicate duplicate -> throw new DomainProblem(ProblemType.CONFLICT, "border.crossing.duplicate");
        };
    }

    /**
     * Prepared crossings recorded together in one transaction, their travellers already resolved to {@code persons}
     * (outside it: see {@link CrossingBatch}); each gets its outcome, in order.
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public List<CrossingOutcome> recordAll(CrossingBatch.Prepared prepared, List<String> persons, String channel) {
        return batch.record(prepared, persons, channel);
    }

    /**
     * The officer's decision on an open alert. A stop refuses the crossing at once (its other open alerts are then
     * noted, there is nothing left to decide); when every alert is allowed the crossing completes.
     */
    @Transactional
    @PreAuthorize("hasRole('BORDER_OFFICER') or hasAuthority('SCOPE_crossings:write')")
    public CrossingReceipt decide(long alertId, boolean allow, String reason, String officer) {
        Alert alert = alerts.find(alertId).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.alert.not-found"));
        if (!alert.state().decidable() || !alerts.decide(alertId, allow ? Alert.State.ALLOWED : Alert.State.STOPPED, officer, clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.alert.decided");
        }
        audit.record(AuditEvent.success("CROSSING_ALERT_DECIDED", "border_alert", alertId)
                .because(AuditReason.of("alert-decided", ReasonArg.label("border.alert.state.", allow ? Alert.State.ALLOWED : Alert.State.STOPPED))
                        .withOfficersWords(reason)));
        List<Alert> all = alerts.ofCrossing(alert.crossingId());
        Map<Long, Card> issued = Map.of();
        if (!allow) {
            all.stream().filter(a -> a.state() == Alert.State.OPEN)
                    .forEach(a -> alerts.decide(a.id(), Alert.State.NOTED, officer, clock.instant()));
            crossings.setState(alert.crossingId(), "REFUSED");
            if (alert.kind() == Alert.Kind.MINOR_EXIT) {
                completion.minorStopped(alert, crossings.find(alert.crossingId()).orElseThrow());
            }
        } else if (all.stream().noneMatch(a -> a.state() == Alert.State.OPEN)) {
            crossings.setState(alert.crossingId(), "COMPLETED");
            issued = completion.completeAll(List.of(crossings.find(alert.crossingId()).orElseThrow()));
        }
        return completion.receipts(List.of(crossings.find(alert.crossingId()).orElseThrow()), issued).getFirst();
    }
}
