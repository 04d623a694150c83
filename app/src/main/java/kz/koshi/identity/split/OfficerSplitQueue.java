package kz.koshi.identity.split;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The migration police's and border officers' split proposals: persons with no crisis centre's record. */
@Service
@PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER')")
public class OfficerSplitQueue implements SplitDesk {

    private final SplitDecisions decisions;

    OfficerSplitQueue(SplitDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SplitProposal> awaiting(int limit) {
        return decisions.awaiting(limit, false);
    }

    @Override
    @Transactional
    public SplitView view(long id) {
        return decisions.view(id, false);
    }

    @Override
    @Transactional
    public SplitProposal decide(long id, SplitDecision decision, String note) {
        return switch (decision) {
            case ACCEPT -> decisions.accept(id, note, false);
            case REJECT -> decisions.reject(id, note, false);
            case DEFER -> decisions.defer(id, note, false);
        };
    }

    @Override
    public boolean protectedPairs() {
        return false;
    }
}
