package kz.koshi.reporting;

import java.util.Set;

/**
 * A table as it may be published: the counted table and the keys of the cells that must not be shown (shown as
 * "suppressed", never as a number). When {@code totalSuppressed} the table's total must not be shown either.
 */
public record PublishedTable(FigureTable table, Set<String> suppressedKeys, boolean totalSuppressed) {

    public PublishedTable {
        suppressedKeys = Set.copyOf(suppressedKeys);
    }

    public boolean suppressed(String key) {
        return suppressedKeys.contains(key);
    }
}
