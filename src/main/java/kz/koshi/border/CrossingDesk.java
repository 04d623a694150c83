package kz.koshi.border;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records crossings: checks them, resolves the traveller (and accompanying minors) to persons, raises alerts,
 * and completes the crossing (presence, card, event) unless an alert holds it for the officer's decision.
 */
@Service
public class CrossingDesk {

    private final CrossingCheck check;
    private final CrossingRepository crossings;
    private final PersonResolver resolver;
    private final AlertRules alertRules;
    private final AlertRepository alerts;
    private final CrossingCompletion completion;
    private final BorderProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    CrossingDesk(CrossingCheck check, CrossingRepository crossings, PersonResolver resolver, AlertRules alertRules,
                 AlertRepository alerts, CrossingCompletion completion, BorderProperties properties, AuditTrail audit, Clock clock) {
        this.check = check;
        this.crossings = crossings;
        this.resolver = resolver;
        this.alertRules = alertRules;
        this.alerts = alerts;
        this.completion = completion;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public CrossingReceipt record(CrossingRequest request, String channel) {
        CrossingCheck.Result checked = check.check(request);
        if (!checked.problems().isEmpty()) {
            throw new CrossingRejected(checked.problems());
        }
        CheckedCrossing c = checked.crossing();
        if (crossings.duplicateOf(c).isPresent()) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.crossing.duplicate");
        }
        String key = c.documentCountry() + ":" + c.documentNumber() + ":" + c.direction() + ":" + c.occurredAt();
        String person = resolver.resolve(PersonResolver.record(key, c.surname(), c.givenNames(), c.birthDate(), c.sex(),
                c.citizenship(), c.documentNumber()));
        List<String> minors = c.minors().stream().map(m -> resolver.resolve(PersonResolver.record(key + ":minor:" + c.minors().indexOf(m),
                m.surname(), m.givenNames(), m.birthDate(), null, m.citizenship(), m.documentNumber()))).toList();
        List<AlertRules.Finding> findings = alertRules.findings(c, person, minors);
        Instant now = clock.instant();
        boolean live = c.occurredAt().isAfter(now.minus(properties.liveWindow()));
        boolean hold = live && findings.stream().anyMatch(f -> f.kind() != Alert.Kind.WATCH_LIST);
        long id = insert(c, person, hold ? "HELD" : "COMPLETED", channel, now);
        for (int i = 0; i < minors.size(); i++) {
            crossings.insertMinor(id, minors.get(i), c.minors().get(i));
        }
        findings.forEach(f -> alerts.insert(id, f.kind(), f.reason(),
                hold && f.kind() != Alert.Kind.WATCH_LIST ? Alert.State.OPEN : Alert.State.NOTED, now));
        Card card = hold ? null : completion.complete(id).orElse(null);
        audit.record(AuditEvent.success("CROSSING_RECORDED", "border_crossing", id)
                .because(c.direction() + " " + c.checkpoint() + (findings.isEmpty() ? "" : ", " + findings.size() + " alert(s)")));
        return completion.receipt(id, card);
    }

    /** The officer's decision on an open alert; when none is left open the crossing completes or is refused. */
    @Transactional
    @PreAuthorize("hasRole('BORDER_OFFICER') or hasAuthority('SCOPE_crossings:write')")
    public CrossingReceipt decide(long alertId, boolean allow, String officer) {
        Alert alert = alerts.find(alertId).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.alert.not-found"));
        if (!alert.state().decidable() || !alerts.decide(alertId, allow ? Alert.State.ALLOWED : Alert.State.STOPPED, officer, clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.alert.decided");
        }
        audit.record(AuditEvent.success("CROSSING_ALERT_DECIDED", "border_alert", alertId).because(allow ? "ALLOWED" : "STOPPED"));
        List<Alert> all = alerts.ofCrossing(alert.crossingId());
        Card card = null;
        if (all.stream().noneMatch(a -> a.state() == Alert.State.OPEN)) {
            if (all.stream().anyMatch(a -> a.state() == Alert.State.STOPPED)) {
                crossings.setState(alert.crossingId(), "REFUSED");
            } else {
                crossings.setState(alert.crossingId(), "COMPLETED");
                card = completion.complete(alert.crossingId()).orElse(null);
            }
        }
        return completion.receipt(alert.crossingId(), card);
    }

    private long insert(CheckedCrossing c, String person, String state, String channel, Instant now) {
        try {
            return crossings.insert(c, person, state, channel, now);
        } catch (DuplicateKeyException e) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.crossing.duplicate");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
