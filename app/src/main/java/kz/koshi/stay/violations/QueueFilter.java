package kz.koshi.stay.violations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import kz.koshi.shared.web.QueryString;
import kz.koshi.stay.ViolationSource;
import kz.koshi.stay.rules.ViolationKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an officer asks of the violation queue: region, type, citizenship, the days found (typed 05.05.1985 or
 * ISO), open or handled, the sort and the page. All of it travels in the URL, so a link, the pager and the
 * language switch keep it. Blank means "any"; no status means the open ones; pages count from 1. The source: found by the
 * rules or in a raid or inspection (issue 16).
 */
public record QueueFilter(@Pattern(regexp = "[A-Z0-9-]{1,16}", message = "{stay.queue.region.unknown}") String region,
                          ViolationKind kind,
                          @Pattern(regexp = "[A-Z]{3}", message = "{stay.queue.citizenship.unknown}") String citizenship,
                          @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = DAY) LocalDate from,
                          @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = DAY) LocalDate to,
                          QueueStatus status, QueueSort sort, SortDirection dir, Integer page, ViolationSource source) {

    /** A day as people write it in Kazakhstan, besides ISO 8601. */
    public static final String DAY = "d.M.uuuu";
    private static final int LAST_PAGE = 100_000;

    public QueueFilter {
        region = blankToNull(region);
        citizenship = blankToNull(citizenship);
        status = status == null ? QueueStatus.OPEN : status;
        sort = sort == null ? QueueSort.DATE : sort;
        dir = dir == null ? sort.usual() : dir;
        page = page == null || page < 1 ? 1 : Math.min(page, LAST_PAGE);
    }

    public static QueueFilter open() {
        return new QueueFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** True when the period ends before it starts. */
    public boolean periodReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    public QueueFilter onPage(int number) {
        return new QueueFilter(region, kind, citizenship, from, to, status, sort, dir, number, source);
    }

    /** The same filter sorted by {@code by}: the other way round if it is sorted by it already. */
    public QueueFilter sortedBy(QueueSort by) {
        SortDirection direction = by != sort ? by.usual() : dir == SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC;
        return new QueueFilter(region, kind, citizenship, from, to, status, by, direction, 1, source);
    }

    /** The filter as a URL query (ISO days), without empty parameters. */
    public String query() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", region);
        params.put("kind", kind);
        params.put("citizenship", citizenship);
        params.put("from", from);
        params.put("to", to);
        params.put("status", status);
        params.put("sort", sort);
        params.put("dir", dir);
        params.put("page", page);
        params.put("source", source);
        return QueryString.of(params);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
