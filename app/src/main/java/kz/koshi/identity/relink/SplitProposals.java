package kz.koshi.identity.relink;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.koshi.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * A person whose records the run put into two or more clusters: the records of each cluster but the person's largest
 * (the most records; between equals, the lowest cluster id) are proposed to leave, one proposal per cluster, so a
 * proposal never takes all of the person's records. Protected when any of the person's records is of a protected
 * source. The same split of the same person, open, deferred or rejected, is not proposed again.
 */
@Component
class SplitProposals {

    private final SplitProposalWriter proposals;
    private final IdentityProperties properties;

    SplitProposals(SplitProposalWriter proposals, IdentityProperties properties) {
        this.proposals = proposals;
        this.properties = properties;
    }

    RelinkCounts of(long run, List<RunRecord> person, Instant now) {
        Map<Long, Set<Long>> byCluster = new TreeMap<>(person.stream().collect(Collectors.groupingBy(RunRecord::clusterId,
                Collectors.mapping(RunRecord::recordId, Collectors.toSet()))));
        if (byCluster.size() < 2) {
            return RelinkCounts.NONE;
        }
        Long kept = byCluster.entrySet().stream().max(Comparator.comparingInt((Map.Entry<Long, Set<Long>> e) -> e.getValue().size())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
        String number = person.getFirst().person();
        boolean protectedPair = person.stream().anyMatch(r -> properties.isProtected(r.source()));
        Set<Set<Long>> before = proposals.pendingOrRejected(number);
        RelinkCounts counts = RelinkCounts.NONE;
        for (Map.Entry<Long, Set<Long>> cluster : byCluster.entrySet()) {
            if (cluster.getKey().equals(kept)) {
                continue;
            }
            if (before.contains(cluster.getValue())) {
                counts = counts.plus(new RelinkCounts(0, 0, 1, 0));
            } else {
                proposals.open(run, number, protectedPair, cluster.getValue(), now);
                counts = counts.plus(new RelinkCounts(0, 1, 0, 0));
            }
        }
        return counts;
    }
}
