package kz.koshi.identity.relink;

/** What reconciling a run proposed and what it left out (and why). */
public record RelinkCounts(int mergeProposals, int splitProposals, int skippedDecided, int skippedConflict)
        implements java.io.Serializable {

    public static final RelinkCounts NONE = new RelinkCounts(0, 0, 0, 0);

    RelinkCounts plus(RelinkCounts other) {
        return new RelinkCounts(mergeProposals + other.mergeProposals, splitProposals + other.splitProposals,
                skippedDecided + other.skippedDecided, skippedConflict + other.skippedConflict);
    }
}
