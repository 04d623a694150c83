package kz.koshi.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Decision;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * Resolves a record the way its own side may learn it. A record of an unprotected source (the border, an
 * akimat, a career centre) is decided against unprotected records only, as if the protected ones (a crisis
 * centre's) were not there: its outcome, match probability and person number are the same whether or not the
 * person is also known to protection. The persons it would link to or queue against only through a protected
 * record go to the protection-side review instead; only a crisis-centre supervisor's acceptance joins them.
 * A protected record is resolved against everything, so that protection follows the person others know.
 */
@Component
class ResolutionSides {

    /** The decision the record's side is told, and the candidates only the protection side may weigh. */
    record Sided(Resolution shown, List<Candidate> forProtectionReview) {
    }

    private final RegistryIndex index;
    private final LinkPolicy policy;
    private final IdentityProperties properties;
    private final ReviewRepository reviews;

    ResolutionSides(RegistryIndex index, LinkPolicy policy, IdentityProperties properties, ReviewRepository reviews) {
        this.index = index;
        this.policy = policy;
        this.properties = properties;
        this.reviews = reviews;
    }

    Sided resolve(StoredRecord stored) {
        if (properties.isProtected(stored.record().source())) {
            return new Sided(policy.apply(stored, index.resolve(stored)), List.of());
        }
        Resolution shown = policy.apply(stored, index.resolve(stored, source -> !properties.isProtected(source)));
        Set<String> covered = covered(shown);
        List<Candidate> hidden = index.resolve(stored, properties::isProtected).candidates().stream()
                .filter(c -> index.model().decide(c.probability()) != Decision.NEW)
                .filter(c -> !covered.contains(c.personId()))
                .filter(c -> !pairedBefore(shown, c))
                .limit(properties.maxReviewCandidates()).toList();
        return new Sided(shown, hidden);
    }

    /** A record linked to a person already paired with the candidate (its next crossing, say) queues nothing new. */
    private boolean pairedBefore(Resolution shown, Candidate hidden) {
        return shown.linkedPerson().filter(PersonNumber::isValid)
                .map(p -> reviews.protectedPairBefore(p, hidden.personId())).orElse(false);
    }

    /** The persons the shown decision already links to or puts before the officers' reviewers. */
    private Set<String> covered(Resolution shown) {
        return switch (shown.decision()) {
            case LINK -> Set.of(shown.linkedPerson().orElseThrow());
            case REVIEW -> shown.candidates().stream().limit(properties.maxReviewCandidates())
                    .map(Candidate::personId).collect(Collectors.toSet());
            case NEW -> Set.of();
        };
    }
}
