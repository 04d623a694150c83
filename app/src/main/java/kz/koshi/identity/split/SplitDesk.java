package kz.koshi.identity.split;

import java.util.List;

/**
 * One queue's split proposals as its reviewers use them: {@link OfficerSplitQueue} (migration police and border) and
 * {@link ProtectedSplitQueue} (crisis-centre supervisors), both deciding through {@link SplitDecisions}.
 */
public interface SplitDesk {

    List<SplitProposal> awaiting(int limit);

    SplitView view(long id);

    SplitProposal decide(long id, SplitDecision decision, String note);

    /** Whether this is the protection-side queue (its pages hide what its reviewers may not open). */
    boolean protectedPairs();
}
