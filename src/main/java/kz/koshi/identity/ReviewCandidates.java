package kz.koshi.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Puts an undecided record in the review queue beside its best candidates, with the engine's explanation. */
@Component
class ReviewCandidates {

    private final ReviewRepository reviews;
    private final IdentityProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    ReviewCandidates(ReviewRepository reviews, IdentityProperties properties, JsonMapper json, Clock clock) {
        this.reviews = reviews;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    void open(StoredRecord record, Resolution resolution) {
        resolution.candidates().stream().limit(properties.maxReviewCandidates()).forEach(candidate ->
                reviews.open(record.id(), candidate.personId(), Long.parseLong(candidate.recordId()),
                        candidate.probability(), candidate.weight(), explanation(candidate), clock.instant()));
    }

    private String explanation(Candidate candidate) {
        List<Map<String, Object>> fields = candidate.contributions().stream()
                .map(c -> Map.<String, Object>of("field", c.field().key(), "level", c.level(), "weight", c.weight()))
                .toList();
        return json.writeValueAsString(fields);
    }
}
