package kz.koshi.identity;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import kz.koshi.reference.AgencyType;
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
 * {@code sourceOwners} names the agency type that writes each feed: a caller sends records only for the sources its
 * agency owns (hotel registrations reach the migration police, who own the {@code hotel} feed); a source without an
 * owner is written by nobody through the API or an upload.
 */
@Validated
@ConfigurationProperties("koshi.identity")
public record IdentityProperties(@NotEmpty List<String> sourceTrust, int maxReviewCandidates, List<String> protectedSources,
                                 Map<String, AgencyType> sourceOwners) {

    public IdentityProperties {
        if (protectedSources == null) {
            protectedSources = List.of("crisis_centre");
        }
        if (sourceTrust == null || sourceTrust.isEmpty()) {
            sourceTrust = List.of("border", "migration_police", "labour", "career_centre", "hotel", "crisis_centre");
        }
        if (sourceOwners == null || sourceOwners.isEmpty()) {
            sourceOwners = Map.of("border", AgencyType.BORDER_SERVICE, "migration_police", AgencyType.MIGRATION_POLICE,
                    "hotel", AgencyType.MIGRATION_POLICE, "labour", AgencyType.LABOUR_MINISTRY, "akimat", AgencyType.AKIMAT,
                    "career_centre", AgencyType.CAREER_CENTRE, "crisis_centre", AgencyType.CRISIS_CENTRE);
        }
        if (maxReviewCandidates <= 0) {
            maxReviewCandidates = 3;
        }
    }

    public boolean isProtected(String source) {
        return protectedSources.contains(source);
    }
}
