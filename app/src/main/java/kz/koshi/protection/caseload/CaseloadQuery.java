package kz.koshi.protection.caseload;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import kz.koshi.protection.CaseStatus;
import kz.koshi.protection.ExploitationType;
import kz.koshi.shared.web.QueryString;

/** The caseload's search and filters as they stand in the URL; every part optional. */
public record CaseloadQuery(@Size(max = 100) String q, CaseStatus status, ExploitationType exploitation,
                            @Size(max = 16) String region, @Size(max = 40) String centre, DueFilter due,
                            CaseloadSort sort, @Min(0) @Max(100000) Integer page) {

    public static final int PAGE_SIZE = 20;

    public static CaseloadQuery all() {
        return new CaseloadQuery(null, null, null, null, null, null, null, null);
    }

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public CaseloadSort sortOrDue() {
        return sort == null ? CaseloadSort.DUE : sort;
    }

    /** Whether anything narrows the list (the audit says so, never what was searched). */
    public boolean narrowed() {
        return !blank(q) || status != null || exploitation != null || !blank(region) || !blank(centre) || due != null;
    }

    /** The query string of this search on another page, for the pager's links. */
    public String onPage(int other) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("q", q);
        parts.put("status", status);
        parts.put("exploitation", exploitation);
        parts.put("region", region);
        parts.put("centre", centre);
        parts.put("due", due);
        parts.put("sort", sort);
        parts.put("page", other);
        return QueryString.of(parts);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
