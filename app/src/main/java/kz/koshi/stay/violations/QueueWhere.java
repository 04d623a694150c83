package kz.koshi.stay.violations;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.stay.ViolationSource;

/**
 * The queue filter as SQL conditions with their parameters. The days found are Kazakhstan days: from the start of
 * {@code from} to the start of the day after {@code to}, in the platform's zone.
 */
record QueueWhere(String sql, List<Object> params) {

    static QueueWhere of(QueueFilter filter, boolean withSuspended, ZoneId zone) {
        StringBuilder sql = new StringBuilder(" where v.state = ?");
        List<Object> params = new ArrayList<>(List.of(filter.status().name()));
        if (!withSuspended) {
            sql.append(" and v.suspended = false");
        }
        add(sql, params, " and p.region_code = ?", filter.region());
        add(sql, params, " and v.kind = ?", filter.kind() == null ? null : filter.kind().name());
        add(sql, params, " and p.citizenship = ?", filter.citizenship());
        if (filter.source() != null) {
            sql.append(filter.source() == ViolationSource.RAID ? " and v.detected_by = 'RAID'" : " and v.detected_by <> 'RAID'");
        }
        add(sql, params, " and v.detected_at >= ?",
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC));
        add(sql, params, " and v.detected_at < ?",
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC));
        return new QueueWhere(sql.toString(), List.copyOf(params));
    }

    private static void add(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            params.add(value);
        }
    }
}
