package kz.koshi.identity.split;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The split proposals on the API: each system sees its reviewers' queue only (a crisis centre's the protected
 * proposals, the police's and the border's the others). Systems never decide: people do, on the review pages.
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

    private boolean protectionSide() {
        return systems.crisisCentreSupervisors(SecurityContextHolder.getContext().getAuthentication());
    }
}
