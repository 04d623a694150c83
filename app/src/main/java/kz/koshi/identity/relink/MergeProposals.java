package kz.koshi.identity.relink;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.koshi.identity.IdentityProperties;
import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.PersonPair;
import kz.koshi.identity.registry.CandidateExplanation;
import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import org.springframework.stereotype.Component;

/**
 * A cluster whose records belong to two or more persons: each person other than the one holding most of the cluster's
 * records is proposed for merging into it, as a review pair scored and explained as online candidates are. Not
 * proposed: a pair already awaiting a decision or rejected by a reviewer, or two persons a cannot-link constraint keeps
 * apart; a pair with a protected source's record on either side goes to the protection-side queue.
 */
@Component
class MergeProposals {

    private final RegistryIndex index;
    private final ReviewRepository reviews;
    private final PersonRepository persons;
    private final SourceRecordRepository records;
    private final CandidateExplanation explanations;
    private final IdentityProperties properties;

    MergeProposals(RegistryIndex index, ReviewRepository reviews, PersonRepository persons, SourceRecordRepository records,
                   CandidateExplanation explanations, IdentityProperties properties) {
        this.index = index;
        this.reviews = reviews;
        this.persons = persons;
        this.records = records;
        this.explanations = explanations;
        this.properties = properties;
    }

    /** The proposals for one cluster, added to {@code out}; {@code proposed} keeps this run's pairs from repeating. */
    RelinkCounts of(List<RunRecord> cluster, List<ReviewRepository.NewReview> out, Set<String> proposed) {
        if (cluster.stream().map(RunRecord::person).distinct().count() < 2) {
            return RelinkCounts.NONE;
        }
        Map<String, String> now = new java.util.HashMap<>();
        Map<String, List<RunRecord>> byPerson = new TreeMap<>(cluster.stream().filter(r -> r.person() != null)
                .collect(Collectors.groupingBy(r -> now.computeIfAbsent(r.person(), this::current))));
        if (byPerson.size() < 2) {
            return RelinkCounts.NONE;
        }
        String main = byPerson.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, List<RunRecord>> e) ->
                e.getValue().size()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
        boolean protectedCluster = cluster.stream().anyMatch(r -> properties.isProtected(r.source()));
        RelinkCounts counts = RelinkCounts.NONE;
        for (String other : byPerson.keySet()) {
            if (!other.equals(main) && proposed.add(other.compareTo(main) < 0 ? other + "|" + main : main + "|" + other)) {
                counts = counts.plus(propose(other, main, protectedCluster, out));
            }
        }
        return counts;
    }

    private RelinkCounts propose(String other, String main, boolean protectedCluster, List<ReviewRepository.NewReview> out) {
        if (reviews.pairedOrRejected(other, main)) {
            return new RelinkCounts(0, 0, 1, 0);
        }
        if (index.conflictBetween(other, main).isPresent()) {
            return new RelinkCounts(0, 0, 0, 1);
        }
        return index.bestPair(other, main).map(pair -> {
            out.add(review(pair, main, protectedCluster));
            return new RelinkCounts(1, 0, 0, 0);
        }).orElse(RelinkCounts.NONE);
    }

    private ReviewRepository.NewReview review(PersonPair pair, String main, boolean protectedCluster) {
        Candidate c = pair.candidate();
        long record = Long.parseLong(pair.recordId());
        long candidateRecord = Long.parseLong(c.recordId());
        boolean protectedPair = protectedCluster || records.sourcesOf(Set.of(record, candidateRecord)).values().stream()
                .anyMatch(properties::isProtected);
        return new ReviewRepository.NewReview(record, main, candidateRecord, c.probability(), c.weight(),
                explanations.of(c), protectedPair, c.cannotLink() == null ? null : c.cannotLink().code());
    }

    /** The active number a person number stands for now, following merges (a merge also moves the records). */
    private String current(String person) {
        Set<String> seen = new HashSet<>();
        String number = person;
        while (seen.add(number) && persons.find(number).isEmpty()) {
            String next = persons.mergedInto(number).orElse(null);
            if (next == null) {
                return number;
            }
            number = next;
        }
        return number;
    }
}
