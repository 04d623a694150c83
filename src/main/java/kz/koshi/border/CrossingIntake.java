package kz.koshi.border;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where crossings come in: one from an officer's form or a border post, a batch from a border post system
 * (recorded in chunks of {@value #CHUNK}, each in one transaction), and the officer's decisions on held
 * crossings. Posts record in parallel; the writes that several may share (a traveller's presence) do not
 * conflict. Should a transaction still collide with another writer (the same traveller's first card issued
 * by two posts at once, a deadlock), it is taken again, up to {@value #ATTEMPTS} times; a chunk that keeps
 * colliding is then recorded crossing by crossing, so the good ones are kept whatever the others.
 */
@Service
public class CrossingIntake {

    static final int CHUNK = 1_000;
    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(CrossingIntake.class);

    private final CrossingDesk desk;

    CrossingIntake(CrossingDesk desk) {
        this.desk = desk;
    }

    /** One crossing: its receipt, or a refusal (see {@link CrossingDesk#record}). */
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public CrossingReceipt record(CrossingRequest request, String channel) {
        return retried(() -> desk.record(request, channel));
    }

    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public List<CrossingOutcome> recordBatch(List<CrossingRequest> requests, String channel) {
        List<CrossingOutcome> outcomes = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += CHUNK) {
            outcomes.addAll(chunk(requests.subList(from, Math.min(requests.size(), from + CHUNK)), channel));
        }
        return outcomes;
    }

    /**
     * The officer's decision on an alert that holds a crossing (see {@link CrossingDesk#decide}). Letting a held
     * crossing through cannot be undone, so it needs a reason, which goes into the audit trail with the decision.
     */
    @PreAuthorize("hasRole('BORDER_OFFICER') or hasAuthority('SCOPE_crossings:write')")
    public CrossingReceipt decide(long alertId, boolean allow, String reason, String officer) {
        if (allow && (reason == null || reason.isBlank())) {
            throw new DomainProblem(ProblemType.VALIDATION, "reason", "border.alert.allow.reason-required");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return retried(() -> desk.decide(alertId, allow, why, officer));
    }

    private List<CrossingOutcome> chunk(List<CrossingRequest> requests, String channel) {
        try {
            return retried(() -> desk.recordAll(requests, channel));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException stillColliding) {
            return requests.stream().map(request -> alone(request, channel)).toList();
        }
    }

    private CrossingOutcome alone(CrossingRequest request, String channel) {
        try {
            return retried(() -> desk.recordAll(List.of(request), channel)).getFirst();
        } catch (DataIntegrityViolationException e) {
            return new CrossingOutcome.Duplicate();
        }
    }

    /** Runs a recording transaction, again if it collided with another writer; the last collision is thrown. */
    private static <T> T retried(Supplier<T> recording) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recording.get();
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException collided) {
                if (attempt == ATTEMPTS) {
                    throw collided;
                }
                log.warn("A crossing transaction collided with another writer (attempt {}): {}", attempt,
                        collided.getMostSpecificCause().getClass().getSimpleName());
            }
        }
    }
}
