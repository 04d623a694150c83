package kz.koshi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.LinkHistory;
import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.identity.registry.SearchKeyRepository;
import kz.koshi.identity.registry.SearchKeys;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
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
    private final SearchKeyRepository searchKeys;
    private final LinkHistory history;
    private final RegistryIndex index;
    private final GoldenRecords golden;
    private final ReviewCandidates reviews;
    private final LinkPolicy policy;
    private final IdentityProperties properties;
    private final RecordCheck check;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    IdentityResolution(SourceRecordRepository records, PersonRepository persons, SearchKeyRepository searchKeys,
                       LinkHistory history, RegistryIndex index, GoldenRecords golden, ReviewCandidates reviews,
                       LinkPolicy policy, IdentityProperties properties, RecordCheck check, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.persons = persons;
        this.searchKeys = searchKeys;
        this.history = history;
        this.index = index;
        this.golden = golden;
        this.reviews = reviews;
        this.policy = policy;
        this.properties = properties;
        this.check = check;
        this.audit = audit;
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

    /** The person as registered now; a number merged into another leads to the surviving person. */
    public Optional<PersonSummary> person(String personNumber) {
        return currentNumber(personNumber).map(golden::complete);
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

    /** Runs inside a transaction under the serial lock; the index follows at once and is reloaded on rollback. */
    private PersonResolution resolveInTransaction(IncomingRecord record) {
        Optional<Long> id = records.insertIfNew(record, clock.instant());
        if (id.isEmpty()) {
            StoredRecord earlier = records.find(record.source(), record.recordId()).orElseThrow();
            String current = currentNumber(earlier.personNumber()).orElse(earlier.personNumber());
            return new PersonResolution(current, ResolutionOutcome.ALREADY_RECEIVED,
                    earlier.matchProbability() == null ? 1.0 : earlier.matchProbability());
        }
        StoredRecord stored = records.find(id.get()).orElseThrow();
        Resolution resolution = policy.apply(stored, index.resolve(stored));
        PersonResolution result = switch (resolution.decision()) {
            case LINK -> new PersonResolution(resolution.linkedPerson().orElseThrow(), ResolutionOutcome.LINKED,
                    resolution.candidates().getFirst().probability());
            case REVIEW -> new PersonResolution(persons.create(clock.instant()), ResolutionOutcome.PENDING_REVIEW,
                    resolution.candidates().isEmpty() ? 0 : resolution.candidates().getFirst().probability());
            case NEW -> new PersonResolution(persons.create(clock.instant()), ResolutionOutcome.NEW_PERSON,
                    resolution.candidates().isEmpty() ? 0 : resolution.candidates().getFirst().probability());
        };
        records.assign(stored.id(), result.personNumber(), result.outcome().name(), result.matchProbability());
        history.record(stored.id(), null, result.personNumber(), result.outcome().name(), "engine", null, clock.instant());
        if (!properties.isProtected(record.source())) {
            searchKeys.add(result.personNumber(), SearchKeys.of(record));
        }
        golden.rebuild(result.personNumber());
        if (result.outcome() == ResolutionOutcome.PENDING_REVIEW) {
            reviews.open(stored, resolution);
        }
        audit.record(AuditEvent.success("SOURCE_RECORD_RESOLVED", "source_record", stored.id()).because(result.outcome().name()));
        index.addInTransaction(stored, result.personNumber());
        return result;
    }
}
