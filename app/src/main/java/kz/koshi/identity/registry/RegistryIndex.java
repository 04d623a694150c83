package kz.koshi.identity.registry;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.engine.ResolutionIndex;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine's in-memory online index over every resolved source record, loaded from the database on
 * first use. It is only ever changed after the database change it mirrors has committed.
 */
@Component
public class RegistryIndex {

    private static final Logger log = LoggerFactory.getLogger(RegistryIndex.class);

    private final SourceRecordRepository records;
    private final MatchModelRepository models;
    private final kz.koshi.identity.IdentityProperties properties;
    private volatile MatchModel model;
    private volatile ResolutionIndex index;

    RegistryIndex(SourceRecordRepository records, MatchModelRepository models, kz.koshi.identity.IdentityProperties properties) {
        this.records = records;
        this.models = models;
        this.properties = properties;
    }

    public Resolution resolve(StoredRecord record) {
        return index().resolve(toEngine(record));
    }

    /** Resolves against the records of the sources {@code candidateSource} accepts only. */
    public Resolution resolve(StoredRecord record, java.util.function.Predicate<String> candidateSource) {
        return index().resolve(toEngine(record), candidateSource);
    }

    /**
     * Adds a record now, so that the rest of the transaction (the next rows of a file) sees it; if the
     * transaction rolls back, the index is dropped and reloaded from the database on next use.
     */
    public void addInTransaction(StoredRecord record, String personNumber) {
        index().add(toEngine(record), personNumber);
        if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(s -> s instanceof ReloadOnRollback)) {
            TransactionSynchronizationManager.registerSynchronization(new ReloadOnRollback());
        }
    }

    /** Once per transaction that taught the index: if it does not commit, the index is reloaded. */
    private final class ReloadOnRollback implements TransactionSynchronization {
        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
                invalidate();
            }
        }
    }

    /** Drops the index and the model; both are loaded again from the database on next use. */
    public synchronized void invalidate() {
        index = null;
        model = null;
    }

    /** The hard reason two persons are two people (any record of one against any of the other), if any. */
    public java.util.Optional<kz.koshi.identity.engine.CannotLink> conflictBetween(String personA, String personB) {
        return index().conflictBetween(personA, personB);
    }

    public void reassign(StoredRecord record, String personNumber) {
        index().assign(record.engineId(), personNumber);
    }

    /** The model in use: the registry's latest trained model, or the shipped defaults before any training. */
    public MatchModel model() {
        MatchModel current = model;
        if (current == null) {
            current = models.current().map(MatchModelRepository.StoredModel::model).orElseGet(MatchModel::defaults);
            model = current;
        }
        return current;
    }

    private ResolutionIndex index() {
        ResolutionIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    ResolutionIndex loading = new ResolutionIndex(model(), new TransliterationKeys(),
                            source -> !properties.isProtected(source));
                    records.forEachResolved(r -> loading.add(toEngine(r), r.personNumber()));
                    log.info("Identity index loaded: {} source records", loading.size());
                    index = loading;
                }
                current = index;
            }
        }
        return current;
    }

    public static IdentityRecord toEngine(StoredRecord stored) {
        IncomingRecord r = stored.record();
        return IdentityRecord.builder(stored.engineId()).source(r.source()).surname(r.surname()).givenName(r.givenName())
                .patronymic(r.patronymic()).birthDate(r.birthDate()).sex(r.sex()).citizenship(r.citizenship())
                .documentNumber(r.documentNumber()).nationalId(r.nationalId()).address(r.address()).phone(r.phone())
                .build();
    }
}
