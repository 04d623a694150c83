package kz.koshi.identity;

import java.util.List;

import kz.koshi.identity.registry.ReviewItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: pairs the engine could not decide, for a migration or border officer to accept
 * (merge the two persons), reject (keep them apart) or defer. Pairs with a record of a protected source (a
 * crisis centre) are neither shown nor counted here: they are {@link ProtectedReviewQueue}'s.
 */
@Service
@PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER')")
public class ReviewQueue implements ReviewDesk {

    private final ReviewDecisions decisions;

    ReviewQueue(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewItem> awaiting(int limit) {
        return decisions.awaiting(limit, false);
    }

    @Override
    @Transactional
    public ReviewView view(long id) {
        return decisions.view(id, false);
    }

    @Override
    @Transactional
    public void accept(long id, String note) {
        decisions.accept(id, note, false);
    }

    @Override
    @Transactional
    public void reject(long id, String note) {
        decisions.reject(id, note, false);
    }

    @Override
    @Transactional
    public void defer(long id, String note) {
        decisions.defer(id, note, false);
    }

    @Override
    @Transactional
    public void revert(long id, String note) {
        decisions.revert(id, note, false);
    }

    @Override
    public boolean protectedPairs() {
        return false;
    }
}
