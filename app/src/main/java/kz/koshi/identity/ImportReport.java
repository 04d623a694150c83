package kz.koshi.identity;

import java.util.List;
import java.util.Map;

/**
 * What a feed import did with every row: how many were stored and how they resolved, and each rejected
 * row with its line number and the fields at fault. Unknown columns are named; malformed dates were kept
 * as missing and counted.
 */
public record ImportReport(long rows, long stored, long duplicates, List<RejectedRow> rejected, long malformedDates,
                           List<String> unknownColumns, Map<ResolutionOutcome, Long> outcomes) {

    public record RejectedRow(long line, String recordId, List<String> fields) {
    }
}
