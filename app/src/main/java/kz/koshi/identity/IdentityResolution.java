package kz.koshi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The online path of "one person, one record": a source record arrives (a border crossing, a feed row),
 * is kept as received, and is resolved against the registry at once: linked to a person, queued for
 * review beside its candidates, or made a new person.
 *
 * <p>Resolutions run one at a time ({@link ResolutionTurn}) so that two records of the same new person arriving
 * together cannot become two persons. A resolution joins the caller's transaction if there is one (the turn is
 * then held until the caller commits) or runs in a transaction of its own: either way on one connection, so no
 * request ever holds one pooled connection while waiting for a second. Callers with a long transaction of their
 * own (the border's crossings) resolve first, outside it.
 */
@Service
public class IdentityResolution {

    private final SourceRecordRepository records;
    private final PersonRepository persons;
    private final GoldenRecords golden;
    private final RecordBatch recordBatch;
    private final RecordCheck check;
    private final Clock clock;
    private final ResolutionTurn turn;
    private final TransactionTemplate transaction;
    private final PersonSearch search;

    IdentityResolution(SourceRecordRepository records, PersonRepository persons, GoldenRecords golden, RecordBatch recordBatch,
                       RecordCheck check, Clock clock, ResolutionTurn turn, PlatformTransactionManager transactions,
                       PersonSearch search) {
        this.search = search;
        this.records = records;
        this.persons = persons;
        this.golden = golden;
        this.recordBatch = recordBatch;
        this.check = check;
        this.clock = clock;
        this.turn = turn;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** Resolves one record; an invalid record is refused with the field at fault and nothing is stored. */
    public PersonResolution resolve(IncomingRecord record) {
        List<String> problems = check.problemsOf(record);
        if (!problems.isEmpty()) {
            throw new DomainProblem(ProblemType.VALIDATION, problems.getFirst(), "identity.record.invalid");
        }
        return inTurn(() -> resolveInTransaction(record));
    }

    /**
     * Resolves one chunk of a feed file in one transaction that holds the turn for this chunk only, so that online
     * resolutions get through between chunks. Records are resolved in order (two rows of one new person become one
     * person); {@code progress} records the chunk in the same transaction and may refuse it (false: another runner
     * did it), which rolls the chunk back.
     */
    boolean importChunk(List<IncomingRecord> chunk, java.util.function.Predicate<List<PersonResolution>> progress) {
        try {
            return inTurn(() -> {
                if (!progress.test(resolveAllInTransaction(chunk))) {
                    throw new ChunkTakenOver();
                }
                return true;
            });
        } catch (ChunkTakenOver e) {
            return false;
        }
    }

    private static final class ChunkTakenOver extends RuntimeException {
        ChunkTakenOver() {
            super(null, null, false, false);
        }
    }

    /** Resolves each record of a feed; every record is reported, rejected ones with the fields at fault. */
    public List<IntakeResult> receive(List<IncomingRecord> batch) {
        List<IntakeResult> results = new ArrayList<>(batch.size());
        for (IncomingRecord record : batch) {
            List<String> problems = check.problemsOf(record);
            if (!problems.isEmpty()) {
                results.add(IntakeResult.rejected(record, problems));
                continue;
            }
            results.add(IntakeResult.resolved(record, resolve(record)));
        }
        return results;
    }

    /** Runs {@code work} while no record is being resolved (model retraining swaps the index). */
    <T> T withResolutionsPaused(java.util.function.Supplier<T> work) {
        return inTurn(work);
    }

    /** Runs {@code work} in the caller's transaction or a new one, holding the resolution turn until it completes. */
    private <T> T inTurn(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> {
            turn.take();
            return work.get();
        });
    }

    /** How many source records the registry holds. */
    public long sourceRecordCount() {
        return records.count();
    }

    /**
     * The person as registered now, protected sources included; a number merged into another leads to the
     * surviving person. For the protection module; other modules use {@link #registered}.
     */
    public Optional<PersonSummary> person(String personNumber) {
        return currentNumber(personNumber).map(golden::complete);
    }

    /**
     * The person as the agencies outside protection know them: the golden record of unprotected sources, found
     * only when such a source holds a record of the person. A person known only from a protected source (a crisis
     * centre) is not registered for them, exactly like a number never issued.
     */
    public Optional<PersonSummary> registered(String personNumber) {
        return currentNumber(personNumber).flatMap(persons::find).filter(p -> p.recordCount() > 0);
    }

    /**
     * The person registered under an IIN, as {@link #registered} sees them: found only when exactly one such person
     * holds that IIN; an invalid IIN, none or several is empty.
     */
    public Optional<PersonSummary> registeredByIin(String iin) {
        if (iin == null || !kz.koshi.shared.Iin.isValid(iin.strip())) {
            return Optional.empty();
        }
        List<PersonSummary> holders = search.find(iin.strip()).stream().map(PersonHit::person)
                .filter(p -> iin.strip().equals(p.nationalId()) && p.recordCount() > 0).toList();
        return holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
    }

    /** The person a source record belongs to now (after any merge or split), if the registry holds it. */
    public Optional<String> personOfRecord(String source, String recordId) {
        return records.find(source, recordId).map(r -> r.personNumber()).flatMap(this::currentNumber);
    }

    /** The active person number a number stands for now, following merges. */
    Optional<String> currentNumber(String personNumber) {
        if (!PersonNumber.isValid(personNumber)) {
            return Optional.empty();
        }
        return persons.find(personNumber).map(PersonSummary::personNumber)
                .or(() -> persons.mergedInto(personNumber).flatMap(this::currentNumber));
    }

    /** The fields at fault in a record the registry cannot take; empty when it can be resolved. */
    public List<String> problemsOf(IncomingRecord record) {
        return check.problemsOf(record);
    }

    /**
     * Resolves records in one transaction, in order, each seeing the ones before it: the border's batches come
     * this way. All are stored or none; a record the registry cannot take refuses the whole batch, so callers
     * set such records aside first ({@link #problemsOf}).
     */
    public List<PersonResolution> resolveAll(List<IncomingRecord> batch) {
        batch.forEach(record -> {
            List<String> problems = check.problemsOf(record);
            if (!problems.isEmpty()) {
                throw new DomainProblem(ProblemType.VALIDATION, problems.getFirst(), "identity.record.invalid");
            }
        });
        return inTurn(() -> resolveAllInTransaction(batch));
    }

    /** Runs inside a transaction holding the turn; the index follows at once and is reloaded on rollback. */
    private PersonResolution resolveInTransaction(IncomingRecord record) {
        return resolveAllInTransaction(List.of(record)).getFirst();
    }

    private List<PersonResolution> resolveAllInTransaction(List<IncomingRecord> batch) {
        return batch.isEmpty() ? List.of() : recordBatch.resolve(batch, clock.instant()).stream()
                .map(r -> r.outcome() == ResolutionOutcome.ALREADY_RECEIVED
                        ? new PersonResolution(currentNumber(r.personNumber()).orElse(r.personNumber()), r.outcome(), r.matchProbability())
                        : r)
                .toList();
    }
}
