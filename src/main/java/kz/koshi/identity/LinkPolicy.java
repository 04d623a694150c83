package kz.koshi.identity;

import java.util.List;
import java.util.Set;

import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Decision;
import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * The registry's own rules on top of the engine's decision, because a wrong automatic link joins the
 * records of two people in every agency at once:
 * <ul>
 *   <li>no automatic link when the birth dates conflict (namesakes born the same year are the classic
 *       false match): such a pair goes to a reviewer instead;</li>
 *   <li>no review pair when either record comes from a protected source (a crisis centre): a reviewer at
 *       the migration police must not see it, so an undecided record stays a person of its own.</li>
 * </ul>
 */
@Component
class LinkPolicy {

    private static final Set<String> CONFLICTING_DATES = Set.of("one_component", "same_year", "different",
            "year_near");

    private final IdentityProperties properties;
    private final SourceRecordRepository records;

    LinkPolicy(IdentityProperties properties, SourceRecordRepository records) {
        this.properties = properties;
        this.records = records;
    }

    Resolution apply(StoredRecord incoming, Resolution resolution) {
        Resolution checked = resolution.decision() == Decision.LINK && datesConflict(resolution.candidates().getFirst())
                ? new Resolution(Decision.REVIEW, resolution.candidates()) : resolution;
        if (checked.decision() == Decision.REVIEW && involvesProtected(incoming, checked.candidates())) {
            return new Resolution(Decision.NEW, checked.candidates());
        }
        return checked;
    }

    private static boolean datesConflict(Candidate candidate) {
        return candidate.contributions().stream()
                .anyMatch(c -> c.field() == Field.BIRTH_DATE && CONFLICTING_DATES.contains(c.level()));
    }

    private boolean involvesProtected(StoredRecord incoming, List<Candidate> candidates) {
        if (properties.isProtected(incoming.record().source())) {
            return true;
        }
        return candidates.stream().limit(properties.maxReviewCandidates())
                .map(c -> records.find(Long.parseLong(c.recordId())))
                .anyMatch(r -> r.isPresent() && properties.isProtected(r.get().record().source()));
    }
}
