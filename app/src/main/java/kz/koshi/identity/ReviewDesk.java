package kz.koshi.identity;

import java.util.List;

import kz.koshi.identity.registry.ReviewItem;

/**
 * One review queue as its reviewers use it: the pairs awaiting a decision, one pair side by side with the
 * explanation (the read is audited), and the decisions, every one audited and reversible. Two queues, each
 * with its own reviewers, both doing the work through {@link ReviewDecisions}: {@link ReviewQueue}
 * (migration police and border) and {@link ProtectedReviewQueue} (crisis-centre supervisors; pairs with a
 * record of a protected source).
 */
public interface ReviewDesk {

    List<ReviewItem> awaiting(int limit);

    ReviewView view(long id);

    void accept(long id, String note);

    void reject(long id, String note);

    void defer(long id, String note);

    /** Undoes an accepted merge: the records it moved go back to their own person again. */
    void revert(long id, String note);

    /** Whether this is the protection-side queue (its pages hide what its reviewers may not open). */
    boolean protectedPairs();
}
