package kz.koshi.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit viewer's filters; every one is optional. Actor, action and subject match regardless of case. Dates are whole days in Kazakhstan's calendar. */
public record AuditFilter(String actor, String agencyCode, String action, String subjectType, String subjectId,
                          AuditOutcome outcome, @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @SaneDate(DateMeaning.PERIOD) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    record Sql(String clause, List<Object> params) {
        Object[] withParams(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    /** The conditions; from and to are Kazakhstan's days, bounded by the instants at which they begin. */
    Sql toSql(KazakhstanCalendar calendar) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(conditions, params, "lower(actor) = lower(?)", actor);
        add(conditions, params, "agency_code = ?", agencyCode);
        add(conditions, params, "lower(action) = lower(?)", action);
        add(conditions, params, "lower(subject_type) = lower(?)", subjectType);
        add(conditions, params, "lower(subject_id) = lower(?)", subjectId);
        add(conditions, params, "outcome = ?", outcome == null ? null : outcome.name());
        add(conditions, params, "occurred_at >= ?", from == null ? null : calendar.startOf(from).atOffset(ZoneOffset.UTC));
        add(conditions, params, "occurred_at < ?", to == null ? null : calendar.startOf(to.plusDays(1)).atOffset(ZoneOffset.UTC));
        return new Sql(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            params.add(value instanceof String s ? s.trim() : value);
        }
    }
}
