package kz.koshi.identity.split;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The protection side's split proposals: persons holding a crisis centre's record, for the centre's case supervisors only. */
@Service
@PreAuthorize("hasRole('CASE_SUPERVISOR') and @protectedReviewers.crisisCentreStaff(authentication)")
public class ProtectedSplitQueue implements SplitDesk {

    private final SplitDecisions decisions;

    ProtectedSplitQueue(SplitDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SplitProposal> awaiting(int limit) {
        return decisions.awaiting(limit, true);
    }

    @Override
    @Transactional
    public SplitView view(long id) {
        return decisions.view(id, true);
    }

    @Override
    @Transactional
    public SplitProposal decide(long id, SplitDecision decision, String note) {
        return switch (decision) {
            case ACCEPT -> decisions.accept(id, note, true);
            case REJECT -> decisions.reject(id, note, true);
            case DEFER -> decisions.defer(id, note, true);
        };
    }

    @Override
    public boolean protectedPairs() {
        return true;
    }
}
