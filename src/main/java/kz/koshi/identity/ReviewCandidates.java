package kz.koshi.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

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
    private final JsonMapper json;
    private final Clock clock;

    ReviewCandidates(ReviewRepository reviews, SourceRecordRepository records, IdentityProperties properties,
                     JsonMapper json, Clock clock) {
        this.reviews = reviews;
        this.records = records;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    void open(StoredRecord record, Resolution resolution) {
        boolean incomingProtected = properties.isProtected(record.record().source());
        resolution.candidates().stream().limit(properties.maxReviewCandidates()).forEach(candidate -> {
            long candidateRecord = Long.parseLong(candidate.recordId());
            boolean protectedPair = incomingProtected || records.find(candidateRecord)
                    .map(r -> properties.isProtected(r.record().source())).orElse(false);
            reviews.open(record.id(), candidate.personId(), candidateRecord, candidate.probability(), candidate.weight(),
                    explanation(candidate), protectedPair, clock.instant());
        });
    }

    private String explanation(Candidate candidate) {
        List<Map<String, Object>> fields = candidate.contributions().stream()
                .map(c -> Map.<String, Object>of("field", c.field().key(), "level", c.level(), "weight", c.weight()))
                .toList();
        return json.writeValueAsString(fields);
    }
}
