package kz.koshi.identity.split;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The split proposals on the API: each system sees and decides its reviewers' queue only (a crisis centre's the
 * protected proposals, the police's and the border's the others); asking for the other queue's is refused, audited.
 */
@Service
@PreAuthorize("@splitSystems.officersSystem(authentication) or @splitSystems.crisisCentreSupervisors(authentication)")
public class SplitApiQueue {

    private final SplitDecisions decisions;
    private final SplitSystems systems;

    SplitApiQueue(SplitDecisions decisions, SplitSystems systems) {
        this.decisions = decisions;
        this.systems = systems;
    }

    @Transactional(readOnly = true)
    public List<SplitProposal> awaiting(int limit) {
        return decisions.awaiting(limit, protectionSide());
    }

    @Transactional
    public SplitProposal decide(long id, SplitDecision decision, String note) {
        return switch (decision) {
            case ACCEPT -> decisions.accept(id, note, protectionSide());
            case REJECT -> decisions.reject(id, note, protectionSide());
            case DEFER -> decisions.defer(id, note, protectionSide());
        };
    }

    private boolean protectionSide() {
        return systems.crisisCentreSupervisors(SecurityContextHolder.getContext().getAuthentication());
    }
}
