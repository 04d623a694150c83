package kz.koshi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

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
 * <p>Each resolution is its own unit of work, committed before the caller goes on, and resolutions run one
 * at a time so that two records of the same new person arriving together cannot become two persons.
 */
@Service
public class IdentityResolution {

    private final ReentrantLock serial = new ReentrantLock();
    private final SourceRecordRepository records;
    private final PersonRepository persons;
    private final GoldenRecords golden;
    private final RecordBatch recordBatch;
    private final RecordCheck check;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    IdentityResolution(SourceRecordRepository records, PersonRepository persons, GoldenRecords golden, RecordBatch recordBatch,
                       RecordCheck check, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.persons = persons;
        this.golden = golden;
        this.recordBatch = recordBatch;
        this.check = check;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Resolves one record; an invalid record is refused with the field at fault and nothing is stored. */
    public PersonResolution resolve(IncomingRecord record) {
        List<String> problems = check.problemsOf(record);
        if (!problems.isEmpty()) {
            throw new DomainProblem(ProblemType.VALIDATION, problems.getFirst(), "identity.record.invalid");
        }
        serial.lock();
        try {
            return ownTransaction.execute(status -> resolveInTransaction(record));
        } finally {
            serial.unlock();
        }
    }

    /**
     * Resolves a whole feed file in one transaction: either every good row is registered or, if anything
     * fails on the way (a crash, a database error), none is. Rows are resolved in order, so two rows of the
     * same new person in one file become one person.
     */
    public <T> T importAll(java.util.function.Function<java.util.function.Function<IncomingRecord, PersonResolution>, T> feed) {
        serial.lock();
        try {
            return ownTransaction.execute(status -> feed.apply(this::resolveInTransaction));
        } finally {
            serial.unlock();
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
        serial.lock();
        try {
            return work.get();
        } finally {
            serial.unlock();
        }
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
        serial.lock();
        try {
            return ownTransaction.execute(status -> resolveAllInTransaction(batch));
        } finally {
            serial.unlock();
        }
    }

    /** Runs inside a transaction under the serial lock; the index follows at once and is reloaded on rollback. */
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
