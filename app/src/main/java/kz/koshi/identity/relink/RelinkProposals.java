package kz.koshi.identity.relink;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.registry.ReviewRepository;
import org.springframework.stereotype.Component;

/**
 * Writes a taken run's proposals, inside the caller's transaction: the merge proposals cluster by cluster (in batches),
 * then the split proposals person by person, then the run's RECONCILED row with its counts and the audit entry (counts
 * only, no personal data).
 */
@Component
class RelinkProposals {

    private static final int BATCH = 500;

    private final RunPages pages;
    private final MergeProposals merges;
    private final SplitProposals splits;
    private final ReviewRepository reviews;
    private final RelinkRuns runs;
    private final AuditTrail audit;
    private final Clock clock;

    RelinkProposals(RunPages pages, MergeProposals merges, SplitProposals splits, ReviewRepository reviews, RelinkRuns runs,
                    AuditTrail audit, Clock clock) {
        this.pages = pages;
        this.merges = merges;
        this.splits = splits;
        this.reviews = reviews;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    void write(long run, String actor) {
        Instant now = clock.instant();
        RelinkCounts[] counts = {RelinkCounts.NONE};
        List<ReviewRepository.NewReview> pending = new ArrayList<>();
        Set<String> proposed = new HashSet<>();
        pages.forEachCluster(run, cluster -> {
            counts[0] = counts[0].plus(merges.of(cluster, pending, proposed));
            if (pending.size() >= BATCH) {
                flush(pending, now, run);
            }
        });
        flush(pending, now, run);
        pages.forEachPerson(run, person -> counts[0] = counts[0].plus(splits.of(run, person, now)));
        RelinkCounts total = counts[0];
        runs.reconciled(run, total, actor, clock.instant());
        audit.record(AuditEvent.success("RELINK_RECONCILED", "identity_relink_run", run)
                .because(AuditReason.of("relink-reconciled", ReasonArg.number(total.mergeProposals()),
                        ReasonArg.number(total.splitProposals()), ReasonArg.number(total.skippedDecided()),
                        ReasonArg.number(total.skippedConflict()))));
    }

    private void flush(List<ReviewRepository.NewReview> pending, Instant now, long run) {
        if (!pending.isEmpty()) {
            reviews.openAll(List.copyOf(pending), now, run);
            pending.clear();
        }
    }
}
