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
 * first use. It is only ever changed after the database change it mirrors has committed. Each node keeps its own:
 * at the start of each resolution turn it compares the registry's write counters ({@link IndexGeneration}) with
 * those it last saw and catches up on the records other nodes wrote meanwhile, or loads anew after a merge, a split
 * or a new model.
 */
@Component
public class RegistryIndex {

    private static final Logger log = LoggerFactory.getLogger(RegistryIndex.class);

    private final SourceRecordRepository records;
    private final MatchModelRepository models;
    private final kz.koshi.identity.IdentityProperties properties;
    private final IndexGeneration generation;
    private volatile MatchModel model;
    private volatile ResolutionIndex index;
    private volatile IndexGeneration.Seen seen;

    RegistryIndex(SourceRecordRepository records, MatchModelRepository models, kz.koshi.identity.IdentityProperties properties,
                  IndexGeneration generation) {
        this.records = records;
        this.models = models;
        this.properties = properties;
        this.generation = generation;
    }

    /**
     * At the start of a turn (the turn's row locked, its counters {@code now}): learns what other nodes wrote since this
     * node last looked, or drops the index to load it anew when persons were reshaped or the model changed.
     */
    public synchronized void catchUp(IndexGeneration.Seen now) {
        ResolutionIndex current = index;
        IndexGeneration.Seen last = seen;
        if (current == null || last == null) {
            return;
        }
        if (now.reshaped() != last.reshaped()) {
            invalidate();
            return;
        }
        if (now.taken() > last.taken()) {
            int[] learned = {0};
            records.forEachWrittenAfter(last.taken(), r -> {
                learn(current, r);
                learned[0]++;
            });
            seen = now;
            log.debug("Identity index caught up on {} source records written by other nodes", learned[0]);
        }
    }

    /** The turn that started at {@code before} committed: what it wrote carries the next number, already learned. */
    public synchronized void turnCommitted(IndexGeneration.Seen before) {
        if (index != null && seen != null && seen.taken() <= before.taken() + 1 && seen.reshaped() == before.reshaped()) {
            seen = new IndexGeneration.Seen(before.taken() + 1, before.reshaped());
        }
    }

    private static void learn(ResolutionIndex current, StoredRecord record) {
        try {
            current.assign(record.engineId(), record.personNumber());
        } catch (IllegalArgumentException notYetIndexed) {
            current.add(toEngine(record), record.personNumber());
        }
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

    /** In a transaction that merges or splits persons or changes the model: every node's index loads anew after it. */
    public void reshapedInTransaction() {
        generation.reshape();
    }

    /** Drops the index and the model; both are loaded again from the database on next use. */
    public synchronized void invalidate() {
        index = null;
        model = null;
        seen = null;
    }

    /** The hard reason two persons are two people (any record of one against any of the other), if any. */
    public java.util.Optional<kz.koshi.identity.engine.CannotLink> conflictBetween(String personA, String personB) {
        return index().conflictBetween(personA, personB);
    }

    /** The best-matching records of two persons, scored and explained as an online candidate (the re-link's proposals). */
    public java.util.Optional<kz.koshi.identity.engine.PersonPair> bestPair(String personA, String personB) {
        return index().bestPair(personA, personB);
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
                    IndexGeneration.Seen loadedAt = generation.current();
                    ResolutionIndex loading = new ResolutionIndex(model(), new TransliterationKeys(),
                            source -> !properties.isProtected(source));
                    records.forEachResolved(r -> loading.add(toEngine(r), r.personNumber()));
                    log.info("Identity index loaded: {} source records", loading.size());
                    index = loading;
                    seen = loadedAt;
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
