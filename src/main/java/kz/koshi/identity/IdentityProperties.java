package kz.koshi.identity;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The registry's configuration. {@code sourceTrust} orders the feeds from the most to the least trusted for
 * the golden record: a name read from a passport at the border beats one typed at a hotel desk.
 */
@Validated
@ConfigurationProperties("koshi.identity")
public record IdentityProperties(@NotEmpty List<String> sourceTrust, int maxReviewCandidates) {

    public IdentityProperties {
        if (sourceTrust == null || sourceTrust.isEmpty()) {
            sourceTrust = List.of("border", "migration_police", "labour", "career_centre", "hotel", "crisis_centre");
        }
        if (maxReviewCandidates <= 0) {
            maxReviewCandidates = 3;
        }
    }
}
