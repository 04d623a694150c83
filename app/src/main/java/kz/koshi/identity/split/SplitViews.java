package kz.koshi.identity.split;

import kz.koshi.identity.relink.RelinkRuns;
import java.util.List;

import kz.koshi.identity.IdentityProperties;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * Builds the reviewer's view of a proposal. The officers' queue never shows a crisis centre's record (a person that
 * gained one after the run is still decided there, but the record stays out of sight); the protection side sees all.
 */
@Component
class SplitViews {

    private final SplitGroups groups;
    private final RelinkRuns runs;
    private final SplitScores scores;
    private final IdentityProperties properties;

    SplitViews(SplitGroups groups, RelinkRuns runs, SplitScores scores, IdentityProperties properties) {
        this.groups = groups;
        this.runs = runs;
        this.scores = scores;
        this.properties = properties;
    }

    SplitView of(SplitProposal proposal) {
        SplitGroups.Groups now = groups.of(proposal);
        List<StoredRecord> staying = shown(now.staying(), proposal.protectedPair());
        List<StoredRecord> leaving = shown(now.leaving(), proposal.protectedPair());
        return new SplitView(proposal, runs.find(proposal.runId()).orElse(null), staying, leaving,
                scores.strongest(staying, leaving).orElse(null));
    }

    private List<StoredRecord> shown(List<StoredRecord> records, boolean protectionSide) {
        return protectionSide ? records : records.stream().filter(r -> !properties.isProtected(r.record().source())).toList();
    }
}
