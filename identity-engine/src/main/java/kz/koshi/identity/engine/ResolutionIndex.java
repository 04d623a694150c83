package kz.koshi.identity.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

import kz.koshi.identity.engine.block.BlockingPass;
import kz.koshi.identity.engine.block.LongMultiMap;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Constraints;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NameKeys;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Normaliser;

/**
 * The online path: an in-memory index of registered records (each with its current person id) that a
 * new record is resolved against with the same blocking passes, scores and thresholds as the batch.
 * Thread-safe: many resolutions run in parallel; additions take a short exclusive lock.
 */
public final class ResolutionIndex {

    /** Per pass and key, how many registered records are scored at most (newest first). */
    static final int MAX_PER_KEY = 200;
    static final int MAX_CANDIDATES = 10;
    /** A person's records weighed against a record that reaches it through a weak one, at most. */
    static final int MAX_CHECKED_MEMBERS = 40;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Normaliser normaliser;
    private final Scorer scorer;
    private final List<NormalisedRecord> records = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> byRecordId = new HashMap<>();
    private final PersonMembers members = new PersonMembers();
    private final LongMultiMap[] blocks = new LongMultiMap[BlockingPass.LINKING.size()];

    /** Records of the sources {@code counted} rejects are indexed but add nothing to the name frequencies. */
    private final Predicate<String> counted;

    public ResolutionIndex(MatchModel model, NameKeys keys) {
        this(model, keys, source -> true);
    }

    /**
     * An index in which only the records of sources {@code counted} accepts count in the term frequencies, so
     * that a record of an uncounted (protected) source changes no score computed against the others.
     */
    public ResolutionIndex(MatchModel model, NameKeys keys, Predicate<String> counted) {
        this.counted = counted;
        this.normaliser = new Normaliser(keys);
        this.scorer = new Scorer(model, new Comparer(normaliser.vocabulary()), normaliser.frequencies());
        for (int p = 0; p < blocks.length; p++) {
            blocks[p] = new LongMultiMap();
        }
    }

    /** Registers a record as belonging to {@code personId}; a record without any name is not indexed. */
    public void add(IdentityRecord record, String personId) {
        lock.writeLock().lock();
        try {
            NormalisedRecord n = counted.test(record.source()) ? normaliser.add(record) : normaliser.normalise(record);
            int index = records.size();
            records.add(n);
            persons.add(personId);
            members.add(personId, index);
            sources.add(record.source() == null ? null : record.source().intern());
            byRecordId.put(record.recordId(), index);
            for (int p = 0; p < blocks.length && !n.hasNoName(); p++) {
                long key = BlockingPass.LINKING.get(p).keyOf(n);
                if (key != 0) {
                    blocks[p].put(key, index);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Re-points a registered record after a merge or split decided by a reviewer. */
    public void assign(String recordId, String personId) {
        lock.writeLock().lock();
        try {
            Integer index = byRecordId.get(recordId);
            if (index == null) {
                throw new IllegalArgumentException("record not in the index");
            }
            members.move(persons.get(index), personId, index);
            persons.set(index, personId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Resolution resolve(IdentityRecord record) {
        return resolve(record, source -> true);
    }

    /**
     * Resolves against the registered records whose source {@code candidateSource} accepts, as if the others
     * were not there: the registry answers a feed from what the feed's side may know (protected sources apart).
     */
    public Resolution resolve(IdentityRecord record, Predicate<String> candidateSource) {
        NormalisedRecord query;
        lock.writeLock().lock(); // normalising may intern new strings
        try {
            query = normaliser.normalise(record);
        } finally {
            lock.writeLock().unlock();
        }
        if (query.hasNoName()) {
            return new Resolution(Decision.REVIEW, List.of());
        }
        lock.readLock().lock();
        try {
            return decide(bestPerPerson(query, candidateSource), query);
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return records.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private Map<String, double[]> bestPerPerson(NormalisedRecord query, Predicate<String> candidateSource) {
        VisitedRecords seen = new VisitedRecords();
        Map<String, double[]> best = new HashMap<>(); // person -> {weight, record index}
        byte[] levels = new byte[Field.values().length];
        for (int p = 0; p < blocks.length; p++) {
            long key = BlockingPass.LINKING.get(p).keyOf(query);
            if (key == 0) {
                continue;
            }
            int[] visited = {0};
            blocks[p].forEach(key, index -> {
                if (!candidateSource.test(sources.get(index))) {
                    return true;
                }
                if (seen.add(index)) {
                    double w = scorer.weight(query, records.get(index), levels);
                    String person = persons.get(index);
                    double[] current = best.get(person);
                    if (current == null) {
                        best.put(person, new double[] {w, index});
                    } else if (w > current[0]) {
                        current[0] = w;
                        current[1] = index;
                    }
                }
                return ++visited[0] < MAX_PER_KEY;
            });
        }
        return best;
    }

    /** The records a query has scored: a small open-addressing set, since a query visits a few hundred at most. */
    private static final class VisitedRecords {
        private int[] slots = new int[1024]; // record index + 1; 0 = free
        private int size;

        boolean add(int index) {
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            for (int i = mix(index) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == 0) {
                    slots[i] = index + 1;
                    size++;
                    return true;
                }
                if (slots[i] == index + 1) {
                    return false;
                }
            }
        }

        private void grow() {
            int[] old = slots;
            slots = new int[old.length * 2];
            size = 0;
            for (int value : old) {
                if (value != 0) {
                    add(value - 1);
                }
            }
        }

        private static int mix(int index) {
            return index * 0x9E3779B9 >>> 7;
        }
    }

    /** The MAX_CANDIDATES best persons, best first (a bounded heap: a query may score hundreds of persons). */
    private static List<Map.Entry<String, double[]>> top(Map<String, double[]> best) {
        Comparator<Map.Entry<String, double[]>> byWeight = Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0])
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        PriorityQueue<Map.Entry<String, double[]>> heap = new PriorityQueue<>(MAX_CANDIDATES + 1, byWeight);
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            heap.add(e);
            if (heap.size() > MAX_CANDIDATES) {
                heap.poll();
            }
        }
        List<Map.Entry<String, double[]>> ranked = new ArrayList<>(heap);
        ranked.sort(byWeight.reversed());
        return ranked;
    }

    /**
     * The hard cannot-link reason between two registered persons (any record of one against any of the other),
     * if any: a reviewer's merge of such persons is refused.
     */
    public Optional<CannotLink> conflictBetween(String personA, String personB) {
        lock.readLock().lock();
        try {
            for (int a : members.of(personA)) {
                for (int b : members.of(personB)) {
                    Optional<CannotLink> reason = Constraints.between(records.get(a), records.get(b));
                    if (reason.isPresent()) {
                        return reason;
                    }
                }
            }
            return Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best-matching pair of records of two registered persons (at most {@link #MAX_CHECKED_MEMBERS} records of
     * each), scored and explained exactly as an online candidate: B's record as the candidate of A's. Empty when
     * either person has no named record here. For the re-link's merge proposals.
     */
    public Optional<PersonPair> bestPair(String personA, String personB) {
        lock.readLock().lock();
        try {
            byte[] levels = new byte[Field.values().length];
            int[] best = {-1, -1};
            double bestWeight = Double.NEGATIVE_INFINITY;
            for (int a : named(members.of(personA))) {
                for (int b : named(members.of(personB))) {
                    double w = scorer.weight(records.get(a), records.get(b), levels);
                    if (w > bestWeight) {
                        bestWeight = w;
                        best[0] = a;
                        best[1] = b;
                    }
                }
            }
            if (best[0] < 0) {
                return Optional.empty();
            }
            NormalisedRecord query = records.get(best[0]);
            NormalisedRecord match = records.get(best[1]);
            return Optional.of(new PersonPair(query.recordId(), new Candidate(personB, match.recordId(), bestWeight,
                    MatchModel.probability(bestWeight), scorer.explain(query, match), barred(query, personB, match).orElse(null))));
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Integer> named(List<Integer> all) {
        return all.stream().filter(i -> !records.get(i).hasNoName()).limit(MAX_CHECKED_MEMBERS).toList();
    }

    /**
     * Persons the record cannot belong to directly (its best record there is another person by a hard
     * constraint) are no candidates at all; persons it would join only through a chain or a weak record are
     * candidates marked with the reason ({@link Candidate#cannotLink()}) and never linked. LINK needs the top
     * linkable person above the link threshold and no second one there too (the registry itself may then hold
     * a duplicate, which a human must see), unless the top one shares the document and the full birth date.
     */
    private Resolution decide(Map<String, double[]> best, NormalisedRecord query) {
        MatchModel model = scorer.model();
        List<Candidate> ranked = top(best).stream()
                .filter(e -> Constraints.between(query, records.get((int) e.getValue()[1])).isEmpty())
                .map(e -> {
                    NormalisedRecord match = records.get((int) e.getValue()[1]);
                    double w = e.getValue()[0];
                    return new Candidate(e.getKey(), match.recordId(), w, MatchModel.probability(w),
                            scorer.explain(query, match), barred(query, e.getKey(), match).orElse(null));
                }).toList();
        List<Candidate> linkable = ranked.stream().filter(c -> c.cannotLink() == null).toList();
        Decision top = ranked.isEmpty() ? Decision.NEW : model.decide(ranked.get(0).probability());
        if (!linkable.isEmpty() && model.decide(linkable.get(0).probability()) == Decision.LINK
                && (linkable.size() < 2 || !alsoCertain(linkable.get(1))
                    || sameDocumentAndBirthDate(query, linkable.get(0)))) {
            List<Candidate> linkedFirst = new ArrayList<>(ranked);
            linkedFirst.remove(linkable.get(0));
            linkedFirst.add(0, linkable.get(0));
            return new Resolution(Decision.LINK, linkedFirst);
        }
        return new Resolution(top == Decision.LINK ? Decision.REVIEW : top, ranked);
    }

    /** Why the record may not join this person although its best record there is no hard conflict. */
    private Optional<CannotLink> barred(NormalisedRecord query, String person, NormalisedRecord match) {
        List<Integer> all = members.of(person);
        for (int index : all) {
            Optional<CannotLink> hard = Constraints.between(query, records.get(index));
            if (hard.isPresent()) {
                return hard;
            }
        }
        if (likelyTwins(query, all)) {
            return Optional.of(CannotLink.LIKELY_TWINS);
        }
        return Constraints.weak(match) && !Constraints.weak(query) && apartFromStrongMembers(query, all)
                ? Optional.of(CannotLink.WEAK_BRIDGE) : Optional.empty();
    }

    /** Whether a record of the person and the query look like twins or siblings ({@link Scorer#likelyTwins}). */
    private boolean likelyTwins(NormalisedRecord query, List<Integer> all) {
        for (int i = 0; i < all.size() && i < MAX_CHECKED_MEMBERS; i++) {
            if (scorer.likelyTwins(query, records.get(all.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person's records that are not weak say "another person" on their own: a birth date that
     * contradicts the record's, or on average not even a pair worth reviewing.
     */
    private boolean apartFromStrongMembers(NormalisedRecord query, List<Integer> all) {
        byte[] levels = new byte[Field.values().length];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < all.size() && count < MAX_CHECKED_MEMBERS; i++) {
            NormalisedRecord member = records.get(all.get(i));
            if (!Constraints.weak(member)) {
                if (Constraints.birthDatesConflict(query, member)) {
                    return true;
                }
                sum += scorer.weight(query, member, levels);
                count++;
            }
        }
        return count > 0 && sum / count < scorer.model().reviewWeight();
    }

    /** A second person above the link threshold whose birth date does not contradict the record's. */
    private boolean alsoCertain(Candidate second) {
        return scorer.model().decide(second.probability()) == Decision.LINK && !second.birthDatesConflict();
    }

    private boolean sameDocumentAndBirthDate(NormalisedRecord query, Candidate candidate) {
        NormalisedRecord match = records.get(byRecordId.get(candidate.recordId()));
        return query.documentNumber() != null && query.documentNumber().equals(match.documentNumber())
                && query.birthDate() % 100 != 0 && query.birthDate() == match.birthDate();
    }
}
