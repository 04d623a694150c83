package kz.koshi.identity.engine.cluster;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.engine.CannotLink;
import kz.koshi.identity.engine.compare.Constraints;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Groups records into persons without chaining. Links are taken strongest first; two groups merge
 * only if their members match on average (mean weight of all cross pairs, scored on demand, at least
 * {@code minMeanWeight}). So one bad link between two persons' groups is outvoted by the pairs that
 * say "different", while a record that matches most of a group joins it even if it misses one member.
 * Cannot-link constraints ({@link CannotLink}) hold for the whole group, however long the chain of links:
 * groups holding two records that are two people (different valid IINs, different passports of one country
 * with different birth dates) never merge, every member checked; and two groups linked through a weak record
 * (no birth date, document or IIN) do not merge when their other records say "another person" on their own:
 * contradicting birth dates, or a mean weight below the review weight (a weak record joins no two persons
 * who are otherwise apart). Nor do two groups holding likely twins ({@link Scorer#likelyTwins}).
 */
public final class Clusterer {

    /** Larger groups are checked on a bounded sample of members to keep merges cheap. */
    private static final int MAX_CHECKED_MEMBERS = 40;

    private final List<NormalisedRecord> records;
    private final Scorer scorer;
    private final double minMeanWeight;
    private final double minStrongWeight;

    public Clusterer(List<NormalisedRecord> records, Scorer scorer, double minMeanWeight) {
        this.records = records;
        this.scorer = scorer;
        this.minMeanWeight = minMeanWeight;
        this.minStrongWeight = scorer.model().reviewWeight();
    }

    /**
     * @param links pairs above the link threshold, sorted by weight, strongest first
     * @return cluster index (the smallest record index of the cluster) for every record
     */
    public int[] cluster(List<Link> links) {
        int n = records.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(null);
        }
        byte[] levels = new byte[kz.koshi.identity.engine.Field.values().length];
        for (Link link : links) {
            int a = find(parent, link.i());
            int b = find(parent, link.j());
            if (a == b) {
                continue;
            }
            List<Integer> ma = membersOf(members, a);
            List<Integer> mb = membersOf(members, b);
            boolean throughWeak = Constraints.weak(records.get(link.i())) || Constraints.weak(records.get(link.j()));
            if (hardConflict(ma, mb) || !meansAllow(ma, mb, levels, throughWeak)) {
                continue;
            }
            int root = Math.min(a, b);
            int other = Math.max(a, b);
            parent[other] = root;
            List<Integer> merged = new ArrayList<>(ma.size() + mb.size());
            merged.addAll(ma);
            merged.addAll(mb);
            members.set(root, merged);
            members.set(other, null);
        }
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = find(parent, i);
        }
        return cluster;
    }

    /** Every member of both groups is checked: a constraint must hold through any chain of links. */
    private boolean hardConflict(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            NormalisedRecord ra = records.get(x);
            if (!Constraints.identified(ra)) {
                continue;
            }
            for (int y : b) {
                if (Constraints.between(ra, records.get(y)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the mean weight of the cross pairs reaches {@code minMeanWeight} and, for a link through a weak
     * record, the records that are not weak do not say "another person" on their own: no contradicting birth
     * dates among their cross pairs, and a mean weight of those pairs at least the review weight.
     */
    private boolean meansAllow(List<Integer> a, List<Integer> b, byte[] levels, boolean throughWeak) {
        double sum = 0;
        double strongSum = 0;
        int count = 0;
        int strongCount = 0;
        for (int x = 0; x < a.size() && x < MAX_CHECKED_MEMBERS; x++) {
            NormalisedRecord ra = records.get(a.get(x));
            for (int y = 0; y < b.size() && y < MAX_CHECKED_MEMBERS; y++) {
                NormalisedRecord rb = records.get(b.get(y));
                if (scorer.likelyTwins(ra, rb)) {
                    return false;
                }
                double w = scorer.weight(ra, rb, levels);
                sum += w;
                count++;
                if (throughWeak && !Constraints.weak(ra) && !Constraints.weak(rb)) {
                    if (Constraints.birthDatesConflict(ra, rb)) {
                        return false;
                    }
                    strongSum += w;
                    strongCount++;
                }
            }
        }
        return sum / count >= minMeanWeight && (strongCount == 0 || strongSum / strongCount >= minStrongWeight);
    }

    private static List<Integer> membersOf(List<List<Integer>> members, int root) {
        List<Integer> m = members.get(root);
        return m != null ? m : List.of(root);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A pair of record indexes and its match weight. */
    public record Link(int i, int j, double weight) {
    }
}
