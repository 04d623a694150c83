package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * W2.4: the migration police's queue of persons with two or more offences within a year (opened by the
 * {@link ViolationDetector}); an officer decides, with a reason: initiate expulsion in court, or no expulsion. A
 * decision to expel is refused while removal is suspended. Reading the queue and every decision are audited.
 */
@Service
public class ExpulsionReviews {

    private final ExpulsionReviewRepository reviews;
    private final SuspensionRepository periods;
    private final SuspensionGuard guard;
    private final RemovalSuspension suspension;
    private final AuditTrail audit;
    private final Clock clock;

    ExpulsionReviews(ExpulsionReviewRepository reviews, SuspensionRepository periods, SuspensionGuard guard,
                     RemovalSuspension suspension, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.periods = periods;
        this.guard = guard;
        this.suspension = suspension;
        this.audit = audit;
        this.clock = clock;
    }

    /** The pending reviews, oldest first, each saying whether removal is suspended today (for those who may know). */
    @Transactional
    @PreAuthorize(StayDesk.EXPELLERS)
    public List<ExpulsionReview> pending(int limit) {
        LocalDate today = LocalDate.now(clock);
        List<ExpulsionReview> pending = reviews.pending(limit).stream()
                .map(r -> r.withRemovalSuspended(suspension.forCaller(periods.suspendedOn(r.personNumber(), today)))).toList();
        audit.record(AuditEvent.success("EXPULSION_REVIEWS_VIEWED", "stay_expulsion_review", null).because(AuditReason.of("reviews-pending", ReasonArg.number(pending.size()))));
        return pending;
    }

    @Transactional
    @PreAuthorize(StayDesk.EXPELLERS)
    public void decide(long id, StayCommands.ReviewDecision decision, String by) {
        ExpulsionReview review = reviews.find(id)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "stay.review.not-found"));
        if (review.state() != ReviewState.PENDING) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.review.decided");
        }
        ReviewState state = ReviewState.valueOf(decision.decision());
        if (state == ReviewState.EXPEL) {
            guard.refuseIfSuspended(review.personNumber(), null, "EXPULSION_REVIEW_REFUSED", "stay_expulsion_review", id);
        }
        if (!reviews.decide(id, state, by, decision.reason().strip(), clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.review.decided");
        }
        audit.record(AuditEvent.success("EXPULSION_REVIEW_DECIDED", "stay_expulsion_review", id).because(AuditReason.of("decision", ReasonArg.label("stay.review.decision.", state))));
    }
}
