package kz.koshi.reporting.migration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.koshi.reporting.readmodel.DailyCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Foreigners' stays in the country, for the stock of foreigners present: each entry opens a stay that the person's
 * next crossing (whatever its direction) ends. Worked out again from all of the person's crossings each time one
 * arrives, so the order in which events come does not matter; persons are locked in a fixed order meanwhile.
 */
@Component
class Stays {

    static final String HOME = "KAZ";

    private static final List<String> DAILY_KEY = List.of("changed_on", "region_code", "citizenship", "sex", "age_group", "purpose");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DailyCounts daily;

    Stays(JdbcTemplate jdbc, DailyCounts daily) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.daily = daily;
    }

    void recount(Collection<String> persons) {
        List<String> sorted = List.copyOf(new TreeSet<>(persons));
        if (sorted.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into reporting_traveller (person_number) values (?) on conflict do nothing", sorted, 1000,
                (ps, p) -> ps.setString(1, p));
        named.queryForList("select person_number from reporting_traveller where person_number in (:p) order by person_number for update",
                Map.of("p", sorted), String.class);
        Map<String, List<Crossed>> crossings = named.query("""
                select crossing_id, person_number, direction, occurred_on, region_code, citizenship, sex, age_group, purpose
                from reporting_crossing where person_number in (:p) order by person_number, occurred_on, crossing_id""",
                Map.of("p", sorted), (rs, n) -> new Crossed(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9))).stream().collect(Collectors.groupingBy(Crossed::person));
        Map<Long, LocalDate> left = new HashMap<>();
        named.query("select entry_crossing_id, left_on from reporting_presence where person_number in (:p)", Map.of("p", sorted),
                rs -> { left.put(rs.getLong(1), rs.getObject(2, LocalDate.class)); });
        List<Crossed[]> stays = new ArrayList<>();
        crossings.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                if ("ENTRY".equals(list.get(i).direction()) && !HOME.equals(list.get(i).citizenship())) {
                    stays.add(new Crossed[] {list.get(i), i + 1 < list.size() ? list.get(i + 1) : null});
                }
            }
        });
        write(stays);
        daily.add("reporting_presence", DAILY_KEY, "changed_on", changes(stays, left));
    }

    /** How the stays change the daily counts: a new stay +1 on its entry; a stay's end (-1) moved or set. */
    private static Map<List<Object>, Long> changes(List<Crossed[]> stays, Map<Long, LocalDate> leftBefore) {
        Map<List<Object>, Long> changes = new HashMap<>();
        for (Crossed[] s : stays) {
            LocalDate leaves = s[1] == null ? null : s[1].on();
            boolean known = leftBefore.containsKey(s[0].id());
            LocalDate left = leftBefore.get(s[0].id());
            if (!known) {
                changes.merge(key(s[0].on(), s[0]), 1L, Long::sum);
            }
            if (known && left != null && !left.equals(leaves)) {
                changes.merge(key(left, s[0]), 1L, Long::sum);
            }
            if (leaves != null && !(known && leaves.equals(left))) {
                changes.merge(key(leaves, s[0]), -1L, Long::sum);
            }
        }
        return changes;
    }

    private static List<Object> key(LocalDate day, Crossed entry) {
        return List.of(day, DailyCounts.code(entry.region()), DailyCounts.code(entry.citizenship()), DailyCounts.code(entry.sex()),
                DailyCounts.code(entry.ageGroup()), DailyCounts.code(entry.purpose()));
    }

    private void write(List<Crossed[]> stays) {
        jdbc.batchUpdate("""
                insert into reporting_presence (entry_crossing_id, person_number, entered_on, left_on, region_code, citizenship,
                sex, age_group, purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", stays, 1000, (ps, s) -> {
            ps.setLong(1, s[0].id());
            ps.setString(2, s[0].person());
            ps.setObject(3, s[0].on());
            ps.setObject(4, s[1] == null ? null : s[1].on());
            ps.setString(5, s[0].region());
            ps.setString(6, s[0].citizenship());
            ps.setString(7, s[0].sex());
            ps.setString(8, s[0].ageGroup());
            ps.setString(9, s[0].purpose());
        });
        jdbc.batchUpdate("update reporting_presence set left_on = ? where entry_crossing_id = ?", stays, 1000, (ps, s) -> {
            ps.setObject(1, s[1] == null ? null : s[1].on());
            ps.setLong(2, s[0].id());
        });
    }

    void clear() {
        jdbc.update("delete from reporting_presence_daily");
        jdbc.update("delete from reporting_presence_monthly");
        jdbc.update("delete from reporting_presence");
        jdbc.update("delete from reporting_crossing");
        jdbc.update("delete from reporting_traveller");
    }

    private record Crossed(long id, String person, String direction, LocalDate on, String region, String citizenship,
                           String sex, String ageGroup, String purpose) {
    }
}
