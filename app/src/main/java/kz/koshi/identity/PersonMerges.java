package kz.koshi.identity;

import java.time.Clock;
import java.util.List;

import kz.koshi.identity.registry.LinkHistory;
import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.SearchKeyRepository;
import kz.koshi.identity.registry.SearchKeys;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import kz.koshi.identity.split.RecordMoves;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Merges and splits of persons, with full provenance. The survivor keeps its number; the merged number
 * is kept as a pointer to it, so that nothing referring to it is lost, and comes back to life on a revert.
 */
@Component
class PersonMerges implements RecordMoves {

    private final SourceRecordRepository records;
    private final PersonRepository persons;
    private final SearchKeyRepository searchKeys;
    private final LinkHistory history;
    private final GoldenRecords golden;
    private final RegistryIndex index;
    private final IdentityResolution resolution;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final Clock clock;

    PersonMerges(SourceRecordRepository records, PersonRepository persons, SearchKeyRepository searchKeys,
                 LinkHistory history, GoldenRecords golden, RegistryIndex index, IdentityResolution resolution,
                 ApplicationEventPublisher events, IdentityProperties properties, Clock clock) {
        this.records = records;
        this.persons = persons;
        this.searchKeys = searchKeys;
        this.history = history;
        this.golden = golden;
        this.index = index;
        this.resolution = resolution;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The hard reason the pair's two persons, as they stand now, are two people: such a merge is refused. */
    java.util.Optional<kz.koshi.identity.engine.CannotLink> conflict(ReviewItem item) {
        String merged = current(records.find(item.sourceRecordId()).orElseThrow().personNumber());
        String survivor = current(item.candidatePerson());
        return merged.equals(survivor) ? java.util.Optional.empty() : index.conflictBetween(merged, survivor);
    }

    void mergeForReview(ReviewItem item, String actor, String note) {
        StoredRecord incoming = records.find(item.sourceRecordId()).orElseThrow();
        String merged = current(incoming.personNumber());
        String survivor = current(item.candidatePerson());
        if (merged.equals(survivor)) {
            return;
        }
        index.reshapedInTransaction(); // first: the turn's row before any record, as resolutions take them
        List<StoredRecord> moved = records.ofPerson(merged);
        records.movePerson(merged, survivor);
        persons.markMerged(merged, survivor, clock.instant());
        String reason = "review " + item.id() + (note == null || note.isBlank() ? "" : ": " + note);
        moved.forEach(r -> {
            history.record(r.id(), merged, survivor, "MERGE", actor, reason, clock.instant());
            addKeys(survivor, r);
        });
        searchKeys.removeAll(merged);
        golden.rebuild(survivor);
        events.publishEvent(new PersonsMerged(survivor, merged));
        afterCommit(() -> moved.forEach(r -> index.reassign(r, survivor)));
    }

    void revert(ReviewItem item, String actor, String note) {
        StoredRecord incoming = records.find(item.sourceRecordId()).orElseThrow();
        List<LinkHistory.Entry> merges = history.ofPerson(incoming.personNumber()).stream()
                .filter(e -> e.action().equals("MERGE") && e.reason() != null && e.reason().startsWith("review " + item.id()))
                .toList();
        if (merges.isEmpty()) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.review.not-accepted");
        }
        String restored = merges.getFirst().fromPerson();
        String survivor = merges.getFirst().toPerson();
        index.reshapedInTransaction(); // first: the turn's row before any record, as resolutions take them
        persons.reactivate(restored, clock.instant());
        for (LinkHistory.Entry entry : merges) {
            StoredRecord r = records.find(entry.sourceRecordId()).orElseThrow();
            records.assign(r.id(), restored, r.resolution(), r.matchProbability());
            history.record(r.id(), survivor, restored, "SPLIT", actor, "revert of review " + item.id(), clock.instant());
            addKeys(restored, r);
            afterCommit(() -> index.reassign(r, restored));
        }
        searchKeys.removeAll(survivor);
        records.ofPerson(survivor).forEach(r -> addKeys(survivor, r));
        golden.rebuild(survivor);
        golden.rebuild(restored);
        events.publishEvent(new PersonSplit(survivor, restored));
    }

    /**
     * A reviewer's acceptance of a split proposal: the records leave {@code personNumber} for a new person, numbered as
     * intake numbers new persons, with the same provenance, search keys, golden records, index and event as a revert.
     */
    @Override
    public String toNewPerson(String personNumber, List<StoredRecord> leaving, String actor, String reason) {
        index.reshapedInTransaction(); // first: the turn's row before any record, as resolutions take them
        String created = persons.newNumbers(1).getFirst();
        persons.insertAll(List.of(new PersonSummary(created, null, null, null, null, null, null, null, null, 0)), clock.instant());
        for (StoredRecord r : leaving) {
            records.assign(r.id(), created, r.resolution(), r.matchProbability());
            history.record(r.id(), personNumber, created, "SPLIT", actor, reason, clock.instant());
            addKeys(created, r);
            afterCommit(() -> index.reassign(r, created));
        }
        searchKeys.removeAll(personNumber);
        records.ofPerson(personNumber).forEach(r -> addKeys(personNumber, r));
        golden.rebuildAll(List.of(personNumber, created));
        events.publishEvent(new PersonSplit(personNumber, created));
        return created;
    }

    @Override
    public String currentNumber(String personNumber) {
        return current(personNumber);
    }

    private String current(String personNumber) {
        return resolution.currentNumber(personNumber).orElse(personNumber);
    }

    private void addKeys(String personNumber, StoredRecord record) {
        if (!properties.isProtected(record.record().source())) {
            searchKeys.add(personNumber, SearchKeys.of(record.record()));
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
