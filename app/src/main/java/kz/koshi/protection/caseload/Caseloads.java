package kz.koshi.protection.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Filters, sorts and pages the worker's cases (given in the module's order: the nearest end of services first). */
public final class Caseloads {

    private Caseloads() {
    }

    public static CaseloadPage page(List<CaseloadEntry> visible, CaseloadQuery query, LocalDate today,
                                    Function<String, Optional<String>> nameOf) {
        CaseloadFilter filter = new CaseloadFilter(query, today, nameOf);
        List<CaseloadEntry> found = visible.stream().filter(filter::matches).sorted(order(query.sortOrDue())).toList();
        int pages = Math.max(1, (found.size() + CaseloadQuery.PAGE_SIZE - 1) / CaseloadQuery.PAGE_SIZE);
        int page = Math.min(query.pageOrFirst(), pages - 1);
        return new CaseloadPage(found.stream().skip((long) page * CaseloadQuery.PAGE_SIZE).limit(CaseloadQuery.PAGE_SIZE)
                .map(CaseloadEntry::summary).toList(), page, pages, found.size());
    }

    private static Comparator<CaseloadEntry> order(CaseloadSort sort) {
        return switch (sort) {
            case DUE -> (a, b) -> 0;
            case NEWEST -> Comparator.comparing(CaseloadEntry::openedAt).reversed();
            case NUMBER -> Comparator.comparing(e -> e.summary().caseNumber());
        };
    }
}
