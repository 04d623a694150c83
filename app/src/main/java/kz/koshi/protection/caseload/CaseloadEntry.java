package kz.koshi.protection.caseload;

import java.time.Instant;

import kz.koshi.protection.CaseSummary;
import kz.koshi.protection.ExploitationType;

/** A case the worker may open, with what the search looks at besides its line on the page. */
public record CaseloadEntry(CaseSummary summary, String personNumber, ExploitationType exploitation, String centreCode,
                            Instant openedAt) {
}
