package kz.koshi.identity;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The registry's configuration. {@code sourceTrust} orders the feeds from the most to the least trusted for
 * the golden record: a name read from a passport at the border beats one typed at a hotel desk.
 * {@code protectedSources} are feeds whose records must never be seen by officers of other agencies (a
 * crisis centre's record reveals that a person is a victim): they are linked, so that protection follows the
 * person, but they give no search keys and no golden-record values, profiles omit them, their undecided pairs go
 * to the protection-side queue, and records of other sources are resolved without them ({@code ResolutionSides}).
 * This is the platform's one definition of a protected source.
 */
@Validated
@ConfigurationProperties("koshi.identity")
public record IdentityProperties(@NotEmpty List<String> sourceTrust, int maxReviewCandidates, List<String> protectedSources) {

    public IdentityProperties {
        if (protectedSources == null) {
            protectedSources = List.of("crisis_centre");
        }
        if (sourceTrust == null || sourceTrust.isEmpty()) {
            sourceTrust = List.of("border", "migration_police", "labour", "career_centre", "hotel", "crisis_centre");
        }
        if (maxReviewCandidates <= 0) {
            maxReviewCandidates = 3;
        }
    }

    public boolean isProtected(String source) {
        return protectedSources.contains(source);
    }
}
