package kz.koshi.identity.engine.cluster;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Groups records into persons without chaining. Links are taken strongest first; two groups merge
 * only if their members match on average (mean weight of all cross pairs, scored on demand, at least
 * {@code minMeanWeight}). So one bad link between two persons' groups is outvoted by the pairs that
 * say "different", while a record that matches most of a group joins it even if it misses one member.
 * Groups holding records with conflicting national IDs never merge ({@link Scorer#conflict}).
 */
public final class Clusterer {

    /** Larger groups are checked on a bounded sample of members to keep merges cheap. */
    private static final int MAX_CHECKED_MEMBERS = 40;

    private final List<NormalisedRecord> records;
    private final Scorer scorer;
    private final double minMeanWeight;

    public Clusterer(List<NormalisedRecord> records, Scorer scorer, double minMeanWeight) {
        this.records = records;
        this.scorer = scorer;
        this.minMeanWeight = minMeanWeight;
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
            if (meanWeight(ma, mb, levels) < minMeanWeight) {
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

    private double meanWeight(List<Integer> a, List<Integer> b, byte[] levels) {
        double sum = 0;
        int count = 0;
        for (int x = 0; x < a.size() && x < MAX_CHECKED_MEMBERS; x++) {
            for (int y = 0; y < b.size() && y < MAX_CHECKED_MEMBERS; y++) {
                NormalisedRecord ra = records.get(a.get(x));
                NormalisedRecord rb = records.get(b.get(y));
                if (Scorer.conflict(ra, rb)) {
                    return Double.NEGATIVE_INFINITY;
                }
                sum += scorer.weight(ra, rb, levels);
                count++;
            }
        }
        return sum / count;
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
