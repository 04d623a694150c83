package kz.koshi.border;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where crossings come in: one from an officer's form or a border post, or a batch from a border post system
 * recorded in chunks of {@value #CHUNK}, each in one transaction. Recordings take turns on this node (as
 * identity resolutions do), so two posts sending the same traveller at once never write the same presence
 * row or card together. Should a chunk still collide with another writer, it is taken again, and after
 * {@value #ATTEMPTS} attempts each of its crossings is recorded on its own, so the good ones are kept
 * whatever the others.
 */
@Service
public class CrossingIntake {

    static final int CHUNK = 1_000;
    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(CrossingIntake.class);

    private final ReentrantLock turns = new ReentrantLock(true);
    private final CrossingDesk desk;

    CrossingIntake(CrossingDesk desk) {
        this.desk = desk;
    }

    /** One crossing: its receipt, or a refusal (see {@link CrossingDesk#record}). */
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public CrossingReceipt record(CrossingRequest request, String channel) {
        return inTurn(() -> desk.record(request, channel));
    }

    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public List<CrossingOutcome> recordBatch(List<CrossingRequest> requests, String channel) {
        List<CrossingOutcome> outcomes = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += CHUNK) {
            outcomes.addAll(chunk(requests.subList(from, Math.min(requests.size(), from + CHUNK)), channel));
        }
        return outcomes;
    }

    private List<CrossingOutcome> chunk(List<CrossingRequest> requests, String channel) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return inTurn(() -> desk.recordAll(requests, channel));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException collided) {
                // another transaction wrote the same rows first; what it committed is seen on the next attempt
                log.warn("A chunk of {} crossings collided with another writer (attempt {}): {}", requests.size(), attempt,
                        collided.getMostSpecificCause().getClass().getSimpleName());
            }
        }
        return requests.stream().map(request -> alone(request, channel)).toList();
    }

    private CrossingOutcome alone(CrossingRequest request, String channel) {
        try {
            return inTurn(() -> desk.recordAll(List.of(request), channel)).getFirst();
        } catch (DataIntegrityViolationException e) {
            return new CrossingOutcome.Duplicate();
        }
    }

    /** The officer's decision on an alert that holds a crossing (see {@link CrossingDesk#decide}). */
    @PreAuthorize("hasRole('BORDER_OFFICER') or hasAuthority('SCOPE_crossings:write')")
    public CrossingReceipt decide(long alertId, boolean allow, String officer) {
        return inTurn(() -> desk.decide(alertId, allow, officer));
    }

    private <T> T inTurn(Supplier<T> recording) {
        return recording.get();
    }
}
