package kz.koshi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.CandidateExplanation;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * Puts an undecided record in the review queue beside its best candidates, with the engine's explanation.
 * A pair with a record of a protected source (a crisis centre) on either side goes to the protection-side
 * queue ({@link ProtectedReviewQueue}); every other pair to the migration police's and border's.
 */
@Component
class ReviewCandidates {

    private final ReviewRepository reviews;
    private final SourceRecordRepository records;
    private final IdentityProperties properties;
    private final CandidateExplanation explanations;
    private final Clock clock;

    ReviewCandidates(ReviewRepository reviews, SourceRecordRepository records, IdentityProperties properties,
                     CandidateExplanation explanations, Clock clock) {
        this.reviews = reviews;
        this.records = records;
        this.properties = properties;
        this.explanations = explanations;
        this.clock = clock;
    }

    /** Puts each undecided record beside the candidates given (already the best few), all in one batch. */
    void openAll(Map<StoredRecord, Resolution> undecided) {
        if (undecided.isEmpty()) {
            return;
        }
        Map<StoredRecord, List<Candidate>> shown = new LinkedHashMap<>();
        undecided.forEach((record, resolution) ->
                shown.put(record, resolution.candidates()));
        Map<Long, String> candidateSources = records.sourcesOf(shown.values().stream().flatMap(List::stream)
                .map(c -> Long.parseLong(c.recordId())).collect(Collectors.toSet()));
        List<ReviewRepository.NewReview> pairs = new ArrayList<>();
        shown.forEach((record, candidates) -> {
            boolean incomingProtected = properties.isProtected(record.record().source());
            for (Candidate candidate : candidates) {
                long candidateRecord = Long.parseLong(candidate.recordId());
                String candidateSource = candidateSources.get(candidateRecord);
                boolean protectedPair = incomingProtected || candidateSource != null && properties.isProtected(candidateSource);
                pairs.add(new ReviewRepository.NewReview(record.id(), candidate.personId(), candidateRecord, candidate.probability(),
                        candidate.weight(), explanations.of(candidate), protectedPair,
                        candidate.cannotLink() == null ? null : candidate.cannotLink().code()));
            }
        });
        reviews.openAll(pairs, clock.instant());
    }
}
