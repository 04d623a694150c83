package kz.koshi.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Decision;
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
 * decisions are taken one record at a time against the online index, new persons under provisional numbers;
 * then the batch's new persons get their numbers, and every row (persons with their golden records, records
 * with their person, provenance, search keys, review pairs, audit) is inserted once, in batches.
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
    private final ResolutionSides sides;
    private final IdentityProperties properties;
    private final AuditTrail audit;

    RecordBatch(SourceRecordRepository records, PersonRepository persons, SearchKeyRepository searchKeys, LinkHistory history,
                RegistryIndex index, GoldenRecords golden, ReviewCandidates reviews, ResolutionSides sides,
                IdentityProperties properties, AuditTrail audit) {
        this.records = records;
        this.persons = persons;
        this.searchKeys = searchKeys;
        this.history = history;
        this.index = index;
        this.golden = golden;
        this.reviews = reviews;
        this.sides = sides;
        this.properties = properties;
        this.audit = audit;
    }

    List<PersonResolution> resolve(List<IncomingRecord> incoming, Instant now) {
        Instant kept = now.truncatedTo(ChronoUnit.MICROS);
        Map<String, StoredRecord> earlier = stored(incoming);
        Map<String, IncomingRecord> fresh = new LinkedHashMap<>();
        incoming.stream().filter(r -> !earlier.containsKey(key(r))).forEach(r -> fresh.putIfAbsent(key(r), r));

        Iterator<Long> ids = records.newIds(fresh.size()).iterator();
        NewPersons newPersons = new NewPersons();
        Map<String, StoredRecord> arrived = new LinkedHashMap<>();
        Map<String, PersonResolution> decided = new HashMap<>();
        Map<StoredRecord, Resolution> undecided = new LinkedHashMap<>();
        for (IncomingRecord record : fresh.values()) {
            StoredRecord stored = new StoredRecord(ids.next(), record, kept, null, null, null);
            arrived.put(key(record), stored);
            decided.put(key(record), decide(stored, newPersons, undecided));
        }
        newPersons.number(persons.newNumbers(newPersons.count()));

        List<StoredRecord> resolved = new ArrayList<>(arrived.size());
        Map<String, List<StoredRecord>> ofNewPersons = new LinkedHashMap<>();
        Set<String> linkedPersons = new LinkedHashSet<>();
        arrived.forEach((key, stored) -> {
            PersonResolution provisional = decided.get(key);
            PersonResolution result = newPersons.numbered(provisional);
            decided.put(key, result);
            StoredRecord assigned = new StoredRecord(stored.id(), stored.record(), kept, result.personNumber(),
                    result.outcome().name(), result.matchProbability());
            resolved.add(assigned);
            if (newPersons.isNew(provisional.personNumber())) {
                index.reassign(stored, result.personNumber());
                ofNewPersons.computeIfAbsent(result.personNumber(), p -> new ArrayList<>()).add(assigned);
            } else {
                linkedPersons.add(result.personNumber());
            }
        });
        persons.insertAll(golden.of(ofNewPersons), now);
        records.insertAll(resolved);
        Map<StoredRecord, Resolution> toReview = new LinkedHashMap<>();
        undecided.forEach((stored, resolution) -> toReview.put(stored, newPersons.numbered(resolution)));
        reviews.openAll(toReview);
        writeProvenance(resolved, now);
        golden.rebuildAll(linkedPersons);
        Set<String> answered = new java.util.HashSet<>();
        List<PersonResolution> results = new ArrayList<>(incoming.size());
        for (IncomingRecord r : incoming) {
            boolean first = answered.add(key(r));
            results.add(first && decided.containsKey(key(r)) ? decided.get(key(r)) : again(earlier.get(key(r)), decided.get(key(r))));
        }
        return results;
    }

    /** Link history, search keys (unprotected sources only) and one audit entry per record. */
    private void writeProvenance(List<StoredRecord> resolved, Instant now) {
        List<LinkHistory.Entry> provenance = new ArrayList<>();
        Map<String, Set<SearchKeys.Key>> keys = new LinkedHashMap<>();
        List<AuditEvent> events = new ArrayList<>();
        for (StoredRecord r : resolved) {
            provenance.add(new LinkHistory.Entry(r.id(), null, r.personNumber(), r.resolution(), "engine", null, now));
            if (!properties.isProtected(r.record().source())) {
                keys.computeIfAbsent(r.personNumber(), p -> new LinkedHashSet<>()).addAll(SearchKeys.of(r.record()));
            }
            events.add(AuditEvent.success("SOURCE_RECORD_RESOLVED", "source_record", r.id()).because(AuditReason.of("record-resolved", ReasonArg.label("identity.outcome.", r.resolution()))));
        }
        history.recordAll(provenance);
        searchKeys.addAll(keys);
        audit.recordAll(events);
    }

    /**
     * One record against the index as it stands, which then learns the record at once. The answer is what the
     * record's side may learn ({@link ResolutionSides}); undecided pairs (the officers' ones and those only the
     * protection side may weigh) are noted for review.
     */
    private PersonResolution decide(StoredRecord stored, NewPersons newPersons, Map<StoredRecord, Resolution> undecided) {
        ResolutionSides.Sided sided = sides.resolve(stored);
        Resolution resolution = sided.shown();
        double best = resolution.candidates().isEmpty() ? 0 : resolution.candidates().getFirst().probability();
        PersonResolution result = switch (resolution.decision()) {
            case LINK -> new PersonResolution(resolution.linkedPerson().orElseThrow(), ResolutionOutcome.LINKED, best);
            case REVIEW -> new PersonResolution(newPersons.next(), ResolutionOutcome.PENDING_REVIEW, best);
            case NEW -> new PersonResolution(newPersons.next(), ResolutionOutcome.NEW_PERSON, best);
        };
        List<Candidate> toReview = new ArrayList<>(sided.forProtectionReview());
        if (result.outcome() == ResolutionOutcome.PENDING_REVIEW) {
            toReview.addAll(0, resolution.candidates().stream().limit(properties.maxReviewCandidates()).toList());
        }
        if (!toReview.isEmpty()) {
            undecided.put(stored, new Resolution(Decision.REVIEW, toReview));
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
