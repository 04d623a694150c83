package kz.koshi.hotline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's own counts of calls logged and of routes taken (a call routed the same way twice on one day is one
 * route), by the day in Kazakhstan: counts only, never the facts, a name or a contact.
 */
@Service
@Transactional(readOnly = true)
public class HotlineStatistics {

    /** A call or route as counted; {@code once} identifies it (a route by its call, kind and day). */
    private record Counted(String once, LocalDate day, String region, String kind, String channel) {
    }

    private static final String CALLS = "select id, received_at as at, region_code, classification as kind, channel from hotline_call";
    private static final String ROUTES = "select r.call_id as id, r.routed_at as at, c.region_code, r.kind, c.channel"
            + " from hotline_route r join hotline_call c on c.id = r.call_id";

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    HotlineStatistics(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @PreAuthorize("hasAnyRole('ANALYST','HOTLINE_OPERATOR') or hasAuthority('SCOPE_reporting:read')")
    public Map<String, Long> calls(LocalDate from, LocalDate to, String regionCode, HotlineCountBy by) {
        return count(rows(CALLS, false), from, to, regionCode, by);
    }

    @PreAuthorize("hasAnyRole('ANALYST','HOTLINE_OPERATOR') or hasAuthority('SCOPE_reporting:read')")
    public Map<String, Long> routes(LocalDate from, LocalDate to, String regionCode, HotlineCountBy by) {
        return count(rows(ROUTES, true), from, to, regionCode, by);
    }

    private List<Counted> rows(String sql, boolean route) {
        return jdbc.sql(sql).query((rs, n) -> {
            LocalDate day = calendar.dayOf(rs.getObject("at", OffsetDateTime.class).toInstant());
            String once = route ? rs.getLong("id") + ":" + rs.getString("kind") + ":" + day : String.valueOf(rs.getLong("id"));
            return new Counted(once, day, rs.getString("region_code"), rs.getString("kind"), rs.getString("channel"));
        }).list();
    }

    private static Map<String, Long> count(List<Counted> rows, LocalDate from, LocalDate to, String regionCode, HotlineCountBy by) {
        return rows.stream().collect(Collectors.toMap(Counted::once, c -> c, (a, b) -> a)).values().stream()
                .filter(c -> !c.day().isBefore(from) && !c.day().isAfter(to))
                .filter(c -> regionCode == null || regionCode.equals(c.region()))
                .collect(Collectors.groupingBy(c -> key(c, by), TreeMap::new, Collectors.counting()));
    }

    private static String key(Counted c, HotlineCountBy by) {
        return switch (by) {
            case TOTAL -> "TOTAL";
            case MONTH -> c.day().toString().substring(0, 7);
            case REGION -> c.region();
            case KIND -> c.kind();
            case CHANNEL -> c.channel();
        };
    }
}
