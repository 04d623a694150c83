package kz.koshi.identity;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.stereotype.Component;

/**
 * Resolves records in the caller's transaction, under the resolution lock, in the order given, so that a
 * record sees the ones before it (two records of one new person in a batch become one person). The
 * decisions are taken one record at a time against the online index; the writes (records, assignments,
 * provenance, search keys, golden records, audit) go to the database in batches.
 */
@Component
class RecordBatch {

    private final SourceRecordRepository records;
    private final PersonRepository persons;
    private final SearchKeyRepository searchKeys;
    private final LinkHistory history;
    private final RegistryIndex index;
    private final GoldenRecords golden;
    private final ReviewCandidates reviews;
    private final LinkPolicy policy;
    private final IdentityProperties properties;
    private final AuditTrail audit;

    RecordBatch(SourceRecordRepository records, PersonRepository persons, SearchKeyRepository searchKeys, LinkHistory history,
                RegistryIndex index, GoldenRecords golden, ReviewCandidates reviews, LinkPolicy policy,
                IdentityProperties properties, AuditTrail audit) {
        this.records = records;
        this.persons = persons;
        this.searchKeys = searchKeys;
        this.history = history;
        this.index = index;
        this.golden = golden;
        this.reviews = reviews;
        this.policy = policy;
        this.properties = properties;
        this.audit = audit;
    }

    List<PersonResolution> resolve(List<IncomingRecord> incoming, Instant now) {
        Map<String, StoredRecord> earlier = stored(incoming);
        Map<String, IncomingRecord> fresh = new LinkedHashMap<>();
        incoming.stream().filter(r -> !earlier.containsKey(key(r))).forEach(r -> fresh.putIfAbsent(key(r), r));
        Map<String, StoredRecord> arrived = new HashMap<>();
        records.insertAll(List.copyOf(fresh.values()), now).forEach(s -> arrived.put(key(s.record()), s));

        Deque<String> newNumbers = new ArrayDeque<>(persons.createAll(fresh.size(), now));
        Map<String, PersonResolution> decided = new HashMap<>();
        List<SourceRecordRepository.Assignment> assignments = new ArrayList<>();
        List<LinkHistory.Entry> provenance = new ArrayList<>();
        Map<String, Set<SearchKeys.Key>> keys = new LinkedHashMap<>();
        Map<StoredRecord, Resolution> undecided = new LinkedHashMap<>();
        List<AuditEvent> events = new ArrayList<>();
        for (IncomingRecord record : fresh.values()) {
            StoredRecord stored = arrived.get(key(record));
            PersonResolution result = decide(stored, newNumbers, undecided);
            decided.put(key(record), result);
            assignments.add(new SourceRecordRepository.Assignment(stored.id(), result.personNumber(), result.outcome().name(),
                    result.matchProbability()));
            provenance.add(new LinkHistory.Entry(stored.id(), null, result.personNumber(), result.outcome().name(), "engine", null, now));
            if (!properties.isProtected(record.source())) {
                keys.computeIfAbsent(result.personNumber(), p -> new LinkedHashSet<>()).addAll(SearchKeys.of(record));
            }
            events.add(AuditEvent.success("SOURCE_RECORD_RESOLVED", "source_record", stored.id()).because(result.outcome().name()));
        }
        reviews.openAll(undecided);
        records.assignAll(assignments);
        history.recordAll(provenance);
        searchKeys.addAll(keys);
        golden.rebuildAll(decided.values().stream().map(PersonResolution::personNumber).collect(Collectors.toCollection(LinkedHashSet::new)));
        persons.discardUnused(newNumbers);
        audit.recordAll(events);
        Set<String> answered = new java.util.HashSet<>();
        List<PersonResolution> results = new ArrayList<>(incoming.size());
        for (IncomingRecord r : incoming) {
            boolean first = answered.add(key(r));
            results.add(first && decided.containsKey(key(r)) ? decided.get(key(r)) : again(earlier.get(key(r)), decided.get(key(r))));
        }
        return results;
    }

    /** One record against the index as it stands, which then learns the record at once; undecided ones are noted. */
    private PersonResolution decide(StoredRecord stored, Deque<String> newNumbers, Map<StoredRecord, Resolution> undecided) {
        Resolution resolution = policy.apply(stored, index.resolve(stored));
        double best = resolution.candidates().isEmpty() ? 0 : resolution.candidates().getFirst().probability();
        PersonResolution result = switch (resolution.decision()) {
            case LINK -> new PersonResolution(resolution.linkedPerson().orElseThrow(), ResolutionOutcome.LINKED, best);
            case REVIEW -> new PersonResolution(newNumbers.pop(), ResolutionOutcome.PENDING_REVIEW, best);
            case NEW -> new PersonResolution(newNumbers.pop(), ResolutionOutcome.NEW_PERSON, best);
        };
        if (result.outcome() == ResolutionOutcome.PENDING_REVIEW) {
            undecided.put(stored, resolution);
        }
        index.addInTransaction(stored, result.personNumber());
        return result;
    }

    private Map<String, StoredRecord> stored(Collection<IncomingRecord> batch) {
        Map<String, StoredRecord> found = new HashMap<>();
        batch.stream().collect(Collectors.groupingBy(IncomingRecord::source, Collectors.mapping(IncomingRecord::recordId,
                        Collectors.toCollection(LinkedHashSet::new))))
                .forEach((source, ids) -> records.findAll(source, ids).forEach(s -> found.put(key(s.record()), s)));
        return found;
    }

    /** A record received before (or earlier in this batch): its person as assigned then (the caller follows merges). */
    private PersonResolution again(StoredRecord earlier, PersonResolution inThisBatch) {
        if (earlier == null) {
            return new PersonResolution(inThisBatch.personNumber(), ResolutionOutcome.ALREADY_RECEIVED, inThisBatch.matchProbability());
        }
        return new PersonResolution(earlier.personNumber(), ResolutionOutcome.ALREADY_RECEIVED,
                earlier.matchProbability() == null ? 1.0 : earlier.matchProbability());
    }

    private static String key(IncomingRecord r) {
        return r.source() + '\u0000' + r.recordId();
    }
}
