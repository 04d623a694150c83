package kz.koshi.protection.caseload;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import kz.koshi.protection.CaseStatus;
import kz.koshi.protection.CaseSummary;

/** Whether a case matches the query; the name is looked up only when the text is not a case or person number. */
public final class CaseloadFilter {

    static final int ENDING_DAYS = 14;

    private final CaseloadQuery query;
    private final LocalDate today;
    private final NameMatch names;

    public CaseloadFilter(CaseloadQuery query, LocalDate today, Function<String, Optional<String>> nameOf) {
        this.query = query;
        this.today = today;
        this.names = CaseloadQuery.blank(query.q()) ? null : new NameMatch(query.q(), nameOf);
    }

    public boolean matches(CaseloadEntry e) {
        CaseSummary s = e.summary();
        return (query.status() == null || s.status() == query.status())
                && (query.exploitation() == null || e.exploitation() == query.exploitation())
                && (CaseloadQuery.blank(query.region()) || query.region().equals(s.regionCode()))
                && (CaseloadQuery.blank(query.centre()) || query.centre().equals(e.centreCode()))
                && (query.due() == null || due(s))
                && (names == null || text(e));
    }

    private boolean due(CaseSummary s) {
        if (s.periodEndsOn() == null || s.status() == CaseStatus.CLOSED) {
            return false;
        }
        return query.due() == DueFilter.OVERDUE ? s.periodEndsOn().isBefore(today)
                : !s.periodEndsOn().isBefore(today) && !s.periodEndsOn().isAfter(today.plusDays(ENDING_DAYS));
    }

    private boolean text(CaseloadEntry e) {
        String q = query.q().strip().toUpperCase(Locale.ROOT);
        return e.summary().caseNumber().toUpperCase(Locale.ROOT).contains(q)
                || q.equals(e.personNumber().toUpperCase(Locale.ROOT)) || names.matches(e.personNumber());
    }
}
