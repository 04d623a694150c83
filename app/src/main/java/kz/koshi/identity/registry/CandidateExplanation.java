package kz.koshi.identity.registry;

import java.util.List;
import java.util.Map;

import kz.koshi.identity.engine.Candidate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A candidate's explanation as the review pages read it: each field's comparison level and contribution in bits.
 * One form for the online pairs and the re-link's merge proposals.
 */
@Component
public class CandidateExplanation {

    private final JsonMapper json;

    CandidateExplanation(JsonMapper json) {
        this.json = json;
    }

    public String of(Candidate candidate) {
        List<Map<String, Object>> fields = candidate.contributions().stream()
                .map(c -> Map.<String, Object>of("field", c.field().key(), "level", c.level(), "weight", c.weight()))
                .toList();
        return json.writeValueAsString(fields);
    }
}
