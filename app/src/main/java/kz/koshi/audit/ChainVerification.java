package kz.koshi.audit;

/**
 * The result of walking the audit chain: how many entries were checked and, if the chain is broken,
 * the first entry whose link or content does not match.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenId, String problem) implements java.io.Serializable {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long id, String problem) {
        return new ChainVerification(false, checked, id, problem);
    }
}
