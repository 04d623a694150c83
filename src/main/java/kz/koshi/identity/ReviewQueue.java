package kz.koshi.identity;

import java.time.Clock;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: pairs the engine could not decide, for a migration or border officer to accept
 * (merge the two persons), reject (keep them apart) or defer. Every decision is audited and reversible.
 */
@Service
@PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER')")
public class ReviewQueue {

    private final ReviewRepository reviews;
    private final PersonMerges merges;
    private final ReviewViews views;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewQueue(ReviewRepository reviews, PersonMerges merges, ReviewViews views, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.merges = merges;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> awaiting(int limit) {
        return reviews.awaiting(Math.clamp(limit, 1, 200));
    }

    /** The two records side by side with the explanation; the read is audited. */
    @Transactional
    public ReviewView view(long id) {
        ReviewView view = views.of(existing(id));
        audit.record(AuditEvent.success("REVIEW_VIEWED", "identity_review", id));
        return view;
    }

    @Transactional
    public void accept(long id, String note) {
        ReviewItem item = awaiting(existing(id));
        merges.mergeForReview(item, CurrentActor.name(), note);
        reviews.decide(id, ReviewItem.Status.ACCEPTED, CurrentActor.name(), note, clock.instant());
        reviews.ofRecord(item.sourceRecordId()).stream().filter(r -> r.id() != id && r.status().awaitsDecision())
                .forEach(r -> reviews.decide(r.id(), ReviewItem.Status.REJECTED, CurrentActor.name(), "another candidate accepted", clock.instant()));
        audit.record(AuditEvent.success("REVIEW_ACCEPTED", "identity_review", id).because(note));
    }

    @Transactional
    public void reject(long id, String note) {
        awaiting(existing(id));
        reviews.decide(id, ReviewItem.Status.REJECTED, CurrentActor.name(), note, clock.instant());
        audit.record(AuditEvent.success("REVIEW_REJECTED", "identity_review", id).because(note));
    }

    @Transactional
    public void defer(long id, String note) {
        awaiting(existing(id));
        reviews.decide(id, ReviewItem.Status.DEFERRED, CurrentActor.name(), note, clock.instant());
        audit.record(AuditEvent.success("REVIEW_DEFERRED", "identity_review", id).because(note));
    }

    /** Undoes an accepted merge: the records it moved go back to their own person again. */
    @Transactional
    public void revert(long id, String note) {
        ReviewItem item = existing(id);
        if (item.status() != ReviewItem.Status.ACCEPTED) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.review.not-accepted");
        }
        merges.revert(item, CurrentActor.name(), note);
        reviews.decide(id, ReviewItem.Status.REVERTED, CurrentActor.name(), note, clock.instant());
        audit.record(AuditEvent.success("REVIEW_REVERTED", "identity_review", id).because(note));
    }

    private ReviewItem existing(long id) {
        return reviews.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.review.not-found"));
    }

    private static ReviewItem awaiting(ReviewItem item) {
        if (!item.status().awaitsDecision()) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.review.decided");
        }
        return item;
    }
}
