package kz.koshi.protection.caseload;

import java.util.List;

import kz.koshi.protection.CaseSummary;

/** One page of the caseload: its lines, which page, how many pages and how many of the worker's cases matched. */
public record CaseloadPage(List<CaseSummary> cases, int page, int pages, int total) {

    public static CaseloadPage empty() {
        return new CaseloadPage(List.of(), 0, 0, 0);
    }
}
