package kz.koshi.identity;

import java.util.List;

import kz.koshi.identity.registry.ReviewItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The protection side's review queue: undecided pairs in which one record comes from a protected source
 * (a crisis centre). Only a case supervisor of a crisis centre decides them ({@link ProtectedReviewers}):
 * the person who already answers for the centre's case files and approves break-the-glass. Social workers,
 * migration police, border officers and agency systems cannot see or decide them. Accepting, rejecting and
 * reverting work as in the officers' queue: the same merge, provenance, events and audit.
 */
@Service
@PreAuthorize("hasRole('CASE_SUPERVISOR') and @protectedReviewers.crisisCentreStaff(authentication)")
public class ProtectedReviewQueue implements ReviewDesk {

    private final ReviewDecisions decisions;

    ProtectedReviewQueue(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewItem> awaiting(int limit) {
        return decisions.awaiting(limit, true);
    }

    @Override
    @Transactional
    public ReviewView view(long id) {
        return decisions.view(id, true);
    }

    @Override
    @Transactional
    public void accept(long id, String note) {
        decisions.accept(id, note, true);
    }

    @Override
    @Transactional
    public void reject(long id, String note) {
        decisions.reject(id, note, true);
    }

    @Override
    @Transactional
    public void defer(long id, String note) {
        decisions.defer(id, note, true);
    }

    @Override
    @Transactional
    public void revert(long id, String note) {
        decisions.revert(id, note, true);
    }

    /**
     * For a crisis centre's own case system: which protected records wait for a supervisor's decision, so
     * the case file can say so. Ids and scores only; the decision itself is a supervisor's, on the page.
     */
    @PreAuthorize("hasAuthority('SCOPE_protection:read') and @protectedReviewers.crisisCentreSystem(authentication)")
    @Transactional
    public List<PendingProtectedPair> pendingForCentreSystem(int limit) {
        return decisions.pendingProtected(limit);
    }

    @Override
    public boolean protectedPairs() {
        return true;
    }
}
