package kz.koshi.identity;

import kz.koshi.identity.engine.Decision;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * The registry's own rules on top of the engine's decision, because a wrong automatic link joins the
 * records of two people in every agency at once:
 * <ul>
 *   <li>no automatic link when the birth dates conflict (namesakes born the same year are the classic
 *       false match): such a pair goes to a reviewer instead;</li>
 * </ul>
 * Undecided pairs with a record of a protected source (a crisis centre) are not kept apart here: they go to
 * the protection-side review queue ({@link ReviewCandidates}), which a migration officer cannot see.
 */
@Component
class LinkPolicy {

    Resolution apply(StoredRecord incoming, Resolution resolution) {
        return resolution.decision() == Decision.LINK && resolution.candidates().getFirst().birthDatesConflict()
                ? new Resolution(Decision.REVIEW, resolution.candidates()) : resolution;
    }
}
