package kz.koshi.identity.split;

import java.time.Clock;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What both queues do with a split proposal: show it, accept (the listed records still on the person leave for a new
 * person), reject, defer; every step audited. A proposal is decided only through its own queue, as a merge pair is.
 * Of two concurrent decisions the one whose conditional update lands first wins; the other is refused (409).
 */
@Component
class SplitDecisions {

    private final SplitProposalRepository proposals;
    private final SplitGroups groups;
    private final SplitViews views;
    private final RecordMoves moves;
    private final AuditTrail audit;
    private final Clock clock;

    SplitDecisions(SplitProposalRepository proposals, SplitGroups groups, SplitViews views, RecordMoves moves,
                   AuditTrail audit, Clock clock) {
        this.proposals = proposals;
        this.groups = groups;
        this.views = views;
        this.moves = moves;
        this.audit = audit;
        this.clock = clock;
    }

    List<SplitProposal> awaiting(int limit, boolean protectedPairs) {
        return proposals.awaiting(Math.clamp(limit, 1, 200), protectedPairs);
    }

    SplitView view(long id, boolean protectedPairs) {
        SplitView view = views.of(existing(id, protectedPairs));
        audit.record(AuditEvent.success("SPLIT_PROPOSAL_VIEWED", "identity_split_proposal", id));
        return view;
    }

    SplitProposal accept(long id, String note, boolean protectedPairs) {
        SplitProposal proposal = awaiting(existing(id, protectedPairs));
        SplitGroups.Groups now = groups.of(proposal);
        if (now.leaving().isEmpty() || now.staying().isEmpty()) {
            throw new DomainProblem(ProblemType.CONFLICT, now.leaving().isEmpty() ? "identity.split.nothing-leaves" : "identity.split.all-would-leave");
        }
        String reason = "re-link run " + proposal.runId() + ", split proposal " + id;
        String created = moves.toNewPerson(now.personNumber(), now.leaving(), CurrentActor.name(), reason);
        claim(id, SplitStatus.ACCEPTED, created, note);
        audit.record(AuditEvent.success("SPLIT_PROPOSAL_ACCEPTED", "identity_split_proposal", id).because(AuditReason.officersWords(note)));
        return proposals.find(id).orElseThrow();
    }

    SplitProposal reject(long id, String note, boolean protectedPairs) {
        awaiting(existing(id, protectedPairs));
        claim(id, SplitStatus.REJECTED, null, note);
        audit.record(AuditEvent.success("SPLIT_PROPOSAL_REJECTED", "identity_split_proposal", id).because(AuditReason.officersWords(note)));
        return proposals.find(id).orElseThrow();
    }

    SplitProposal defer(long id, String note, boolean protectedPairs) {
        awaiting(existing(id, protectedPairs));
        claim(id, SplitStatus.DEFERRED, null, note);
        audit.record(AuditEvent.success("SPLIT_PROPOSAL_DEFERRED", "identity_split_proposal", id).because(AuditReason.officersWords(note)));
        return proposals.find(id).orElseThrow();
    }

    /** The conditional update on the status: a decision that lost the race to another is refused, and rolls back. */
    private void claim(long id, SplitStatus status, String newPerson, String note) {
        if (!proposals.decide(id, status, newPerson, CurrentActor.name(), note, clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.split.decided");
        }
    }

    private SplitProposal existing(long id, boolean protectedPairs) {
        SplitProposal proposal = proposals.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.split.not-found"));
        if (proposal.protectedPair() != protectedPairs) {
            audit.recordSeparately(new AuditEvent("SPLIT_PROPOSAL_OTHER_QUEUE_DENIED", "identity_split_proposal", String.valueOf(id),
                    AuditReason.of(protectedPairs ? "split-not-protected" : "split-protected"), AuditOutcome.DENIED));
            throw new AccessDeniedException("split proposal of the other queue");
        }
        return proposal;
    }

    private static SplitProposal awaiting(SplitProposal proposal) {
        if (!proposal.status().awaitsDecision()) {
            throw new DomainProblem(ProblemType.CONFLICT, "identity.split.decided");
        }
        return proposal;
    }
}
