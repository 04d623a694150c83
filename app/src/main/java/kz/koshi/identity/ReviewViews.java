package kz.koshi.identity;

import java.util.List;
import java.util.Map;

import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.SourceRecordRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class ReviewViews {

    private final SourceRecordRepository records;
    private final IdentityResolution resolution;
    private final JsonMapper json;

    ReviewViews(SourceRecordRepository records, IdentityResolution resolution, JsonMapper json) {
        this.records = records;
        this.resolution = resolution;
        this.json = json;
    }

    ReviewView of(ReviewItem item) {
        var incoming = records.find(item.sourceRecordId()).orElseThrow();
        var candidate = records.find(item.candidateRecordId()).orElseThrow();
        List<Map<String, Object>> fields = json.readValue(item.explanation(), new TypeReference<>() { });
        List<ReviewView.FieldWeight> explanation = fields.stream().map(f -> new ReviewView.FieldWeight(
                (String) f.get("field"), (String) f.get("level"), ((Number) f.get("weight")).doubleValue())).toList();
        return new ReviewView(item, incoming, candidate, resolution.person(incoming.personNumber()).orElse(null),
                resolution.person(item.candidatePerson()).orElse(null), explanation);
    }
}
