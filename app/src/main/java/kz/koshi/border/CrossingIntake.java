package kz.koshi.border;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.Problems.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where crossings come in: one from an officer's form or a border post, a batch from a border post system
 * (recorded in chunks of {@value #CHUNK}, each in one transaction), and the officer's decisions on held
 * crossings. Posts record in parallel; the writes that several may share (a traveller's presence) do not
 * conflict. Should a transaction still collide with another writer (the same traveller's first card issued
 * by two posts at once, a deadlock), it is taken again, up to {@value #ATTEMPTS} times; a chunk that keeps
 * colliding is then recorded crossing by crossing, so the good ones are kept whatever the others. Only a collision is
 * taken again (a unique key met, a lock lost): any other integrity violation would fail the same way each time. The
 * channel a crossing comes by is a code of up to {@value #CHANNEL_LENGTH} characters (the column's width); a longer one
 * is the caller's mistake, refused before anything is written, never reported as a collision.
 */
@Service
public class CrossingIntake {

    static final int CHUNK = 1_000;
    static final int ATTEMPTS = 3;
    static final int CHANNEL_LENGTH = 10;

    private static final Logger log = LoggerFactory.getLogger(CrossingIntake.class);

    private final CrossingDesk desk;
    private final CrossingBatch batch;
    private final PersonResolver resolver;
    private final ObjectProvider<KandasReferences> kandas;
    private final SurveyReferences references;

    CrossingIntake(CrossingDesk desk, CrossingBatch batch, PersonResolver resolver, ObjectProvider<KandasReferences> kandas,
                   SurveyReferences references) {
        this.desk = desk;
        this.batch = batch;
        this.resolver = resolver;
        this.kandas = kandas;
        this.references = references;
    }

    /**
     * One crossing: its receipt, or a refusal (see {@link CrossingDesk#receipt}). A kandas survey reference given with
     * it is checked first (an unknown one is refused against its field) and kept with the crossing; a kandas problem
     * (the check failing) never holds the crossing: it is recorded without the reference.
     */
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public CrossingReceipt record(CrossingRequest request, String channel) {
        checkChannel(channel);
        String reference = surveyReference(request.kandasReference());
        CrossingReceipt receipt = CrossingDesk.receipt(retried(() -> recordTogether(List.of(request), channel)).getFirst());
        if (reference != null) {
            try {
                references.give(receipt.crossingId(), reference);
            } catch (RuntimeException kandasProblem) { // the crossing is recorded: the officer is told it is, not an error
                log.warn("The kandas reference of crossing {} could not be kept: {}", receipt.crossingId(), kandasProblem.getClass().getSimpleName());
            }
        }
        return receipt;
    }

    /** The reference to keep: null when none was given or it cannot be checked now; refused when unknown. */
    private String surveyReference(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String reference = KandasReferences.normalised(typed);
        KandasReferences check = kandas.getIfAvailable();
        try {
            if (check != null && check.sent(reference)) {
                return reference;
            }
        } catch (RuntimeException kandasProblem) {
            log.warn("A kandas reference could not be checked; the crossing is recorded without it: {}", kandasProblem.getClass().getSimpleName());
            return null;
        }
        if (check == null) {
            return null;
        }
        throw new CrossingRejected(List.of(new FieldError("kandasReference", "border.kandas.unknown-reference")));
    }

    /**
     * Crossings from a border post system, each with its outcome in order. A kandas survey reference is kept with a
     * single crossing only ({@link #record}): a batch crossing that carries one is refused against that field, never
     * recorded without it.
     */
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasRole('BORDER_OFFICER')")
    public List<CrossingOutcome> recordBatch(List<CrossingRequest> requests, String channel) {
        checkChannel(channel);
        List<CrossingRequest> plain = requests.stream().filter(r -> !withReference(r)).toList();
        List<CrossingOutcome> recorded = new ArrayList<>(plain.size());
        for (int from = 0; from < plain.size(); from += CHUNK) {
            recorded.addAll(chunk(plain.subList(from, Math.min(plain.size(), from + CHUNK)), channel));
        }
        List<CrossingOutcome> outcomes = new ArrayList<>(requests.size());
        int next = 0;
        for (CrossingRequest request : requests) {
            outcomes.add(withReference(request) ? new CrossingOutcome.Rejected(
                    List.of(new FieldError("kandasReference", "border.kandas.single-crossing-only"))) : recorded.get(next++));
        }
        return outcomes;
    }

    private static boolean withReference(CrossingRequest request) {
        return request.kandasReference() != null && !request.kandasReference().isBlank();
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
            return retried(() -> recordTogether(requests, channel));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException stillColliding) {
            return requests.stream().map(request -> alone(request, channel)).toList();
        }
    }

    /**
     * One crossing of a chunk that kept failing: a unique key met still after the retries is a crossing received before
     * (a duplicate); any other integrity violation (a check, a width, a reference) is that crossing's own fault and is
     * reported as such, never as a duplicate.
     */
    private CrossingOutcome alone(CrossingRequest request, String channel) {
        try {
            return retried(() -> recordTogether(List.of(request), channel)).getFirst();
        } catch (DuplicateKeyException e) {
            return new CrossingOutcome.Duplicate();
        } catch (DataIntegrityViolationException e) {
            log.warn("A crossing of a batch could not be stored: {}", e.getMostSpecificCause().getClass().getSimpleName());
            return new CrossingOutcome.Rejected(List.of(new FieldError("crossing", "border.crossing.not-storable")));
        }
    }

    /**
     * Checks (reads only), then resolves the travellers in identity's transaction, then records in the border's:
     * one pooled connection at a time. Taken again whole after a collision: the resolution is idempotent.
     */
    private List<CrossingOutcome> recordTogether(List<CrossingRequest> requests, String channel) {
        CrossingBatch.Prepared prepared = batch.prepare(requests);
        List<String> persons = resolver.resolveAll(prepared.records());
        return desk.recordAll(prepared, persons, channel);
    }

    private static void checkChannel(String channel) {
        if (channel == null || channel.isBlank() || channel.length() > CHANNEL_LENGTH) {
            throw new IllegalArgumentException("a crossing channel is a code of 1 to " + CHANNEL_LENGTH + " characters: " + channel);
        }
    }

    /**
     * Runs a recording transaction, again if it collided with another writer (a unique key met, a lock lost); the last
     * collision is thrown, and any other failure at once.
     */
    private static <T> T retried(Supplier<T> recording) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recording.get();
            } catch (DuplicateKeyException | PessimisticLockingFailureException collided) {
                if (attempt == ATTEMPTS) {
                    throw collided;
                }
                log.warn("A crossing transaction collided with another writer (attempt {}): {}", attempt,
                        collided.getMostSpecificCause().getClass().getSimpleName());
            }
        }
    }
}
