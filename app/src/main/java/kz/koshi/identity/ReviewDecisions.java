package kz.koshi.identity;

import java.time.Clock;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What both review queues do with a pair: show it, accept (merge the two persons), reject, defer, revert a
 * merge; every step audited. A pair is decided only through its own queue: asking the other queue for it
 * is refused (403) and the refusal audited, so a migration officer cannot open a crisis centre's pair by
 * guessing its number, and a crisis-centre supervisor cannot decide a police pair.
 */
@Component
class ReviewDecisions {

    private final ReviewRepository reviews;
    private final SourceRecordRepository records;
    private final IdentityProperties properties;
    private final PersonMerges merges;
    private final ReviewViews views;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewDecisions(ReviewRepository reviews, SourceRecordRepository records, IdentityProperties properties,
                    PersonMerges merges, ReviewViews views, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.records = records;
        this.properties = properties;
        this.merges = merges;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    List<ReviewItem> awaiting(int limit, boolean protectedPairs) {
        return reviews.awaiting(Math.clamp(limit, 1, 200), protectedPairs);
    }

    /** The protected pairs awaiting a decision, named by their protected record; the listing is audited. */
    List<PendingProtectedPair> pendingProtected(int limit) {
        List<PendingProtectedPair> pending = awaiting(limit, true).stream().map(item -> {
            StoredRecord protectedRecord = records.find(item.sourceRecordId())
                    .filter(r -> properties.isProtected(r.record().source()))
                    .or(() -> records.find(item.candidateRecordId())).orElseThrow();
            return new PendingProtectedPair(item.id(), protectedRecord.record().source(),
                    protectedRecord.record().recordId(), item.probability(), item.status(), item.createdAt());
        }).toList();
        audit.record(AuditEvent.success("PROTECTED_REVIEWS_LISTED", "identity_review", null)
                .because(AuditReason.of("pairs-listed", ReasonArg.number(pending.size()))));
        return pending;
    }

    ReviewView view(long id, boolean protectedPairs) {
        ReviewView view = views.of(existing(id, protectedPairs));
        audit.record(AuditEvent.success("REVIEW_VIEWED", "identity_review", id));
        return view;
    }

    void accept(long id, String note, boolean protectedPairs) {
        ReviewItem item = awaiting(existing(id, protectedPairs));
        refuseIfTwoPeople(item);
        merges.mergeForReview(item, CurrentActor.name(), note);
        reviews.decide(id, ReviewItem.Status.ACCEPTED, CurrentActor.name(), note, clock.instant());
        // Only this queue's other pairs: the other queue's reviewers decide theirs, and must not see this decision.
        reviews.ofRecord(item.sourceRecordId()).stream()
                .filter(r -> r.id() != id && r.status().awaitsDecision() && r.protectedPair() == item.protectedPair())
                .forEach(r -> reviews.decide(r.id(), ReviewItem.Status.REJECTED, CurrentActor.name(), "another candidate accepted", clock.instant()));
        audit.record(AuditEvent.success("REVIEW_ACCEPTED", "identity_review", id).because(AuditReason.officersWords(note)));
    }

    /**
     * Two persons that a hard constraint says are two people (different valid IINs, different passports of one
     * country with different birth dates) are never merged, not even by a reviewer: the record in error must be
     * corrected at its source (or a wrong earlier merge reverted) first. The refusal is audited.
     */
    private void refuseIfTwoPeople(ReviewItem item) {
        merges.conflict(item).ifPresent(reason -> {
            audit.recordSeparately(new AuditEvent("REVIEW_MERGE_REFUSED", "identity_review", String.valueOf(item.id()),
                    AuditReason.of("merge-refused", ReasonArg.label("identity.review.refused.", reason.code())), AuditOutcome.FAILURE));
            throw new DomainProblem(ProblemType.CONFLICT, "identity.review.refused." + reason.code());
        });
    }

    void reject(long id, String note, boolean protectedPairs) {
        awaiting(existing(id, protectedPairs));
        reviews.decide(id, ReviewItem.Status.REJECTED, CurrentActor.name(), note, clock.instant());
        audit.record(AuditEvent.success("REVIEW_REJECTED", "identity_review", id).because(AuditReason.officersWords(note)));
    }

    void defer(long id, String note, boolean protectedPairs) {
        awaiting(existing(id, protectedPairs));
        reviews.decide(id, ReviewItem.Status.DEFERRED, CurrentActor.name(), note, clock.instant());
        audit.record(AuditEvent.success("REVIEW_DEFERRED", "identity_review", id).because(AuditReason.officersWords(note)));
    }

    /** Undoes an accepted merge: the records it moved go back to their own person again. */
    void revert(long id, String note, boolean protectedPairs) {
        ReviewItem item = existing(id, protectedPairs);
        if (item.status() != ReviewItem.Status.ACCEPTED) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.review.not-accepted");
        }
        merges.revert(item, CurrentActor.name(), note);
        reviews.decide(id, ReviewItem.Status.REVERTED, CurrentActor.name(), note, clock.instant());
        audit.record(AuditEvent.success("REVIEW_REVERTED", "identity_review", id).because(AuditReason.officersWords(note)));
    }

    private ReviewItem existing(long id, boolean protectedPairs) {
        ReviewItem item = reviews.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.review.not-found"));
        if (item.protectedPair() != protectedPairs) {
            audit.recordSeparately(new AuditEvent("REVIEW_OTHER_QUEUE_DENIED", "identity_review", String.valueOf(id),
                    AuditReason.of(protectedPairs ? "not-protected-pair" : "protected-pair"), AuditOutcome.DENIED));
            throw new AccessDeniedException("review pair of the other queue");
        }
        return item;
    }

    private static ReviewItem awaiting(ReviewItem item) {
        if (!item.status().awaitsDecision()) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.review.decided");
        }
        return item;
    }
}
