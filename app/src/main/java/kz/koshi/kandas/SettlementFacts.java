package kz.koshi.kandas;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.kandas.engine.Profession;
import kz.koshi.kandas.engine.SupportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-region counts the recommendation and the officers' views read: vacancies, offers, families, quota use. */
@Repository
class SettlementFacts {

    private final JdbcClient jdbc;

    SettlementFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Map<Profession, Integer>> vacancies() {
        Map<String, Map<Profession, Integer>> byRegion = new HashMap<>();
        jdbc.sql("select region_code, profession, vacancies from kandas_vacancy").query(rs -> {
            byRegion.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(Profession.class))
                    .put(Profession.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return byRegion;
    }

    /** Each region's offer, its housing places less those already reserved. */
    Map<String, RegionOffer> offers() {
        return jdbc.sql("""
                select o.region_code, o.housing_places - (select count(*) from kandas_reservation r
                    where r.region_code = o.region_code and r.kind = 'HOUSING') as free_places, o.support
                from kandas_region_offer o""")
                .query((rs, n) -> new RegionOffer(rs.getString(1), Math.max(0, rs.getInt(2)), support(rs.getString(3))))
                .list().stream().collect(Collectors.toMap(RegionOffer::regionCode, o -> o));
    }

    /** Submitted families expected in each region (the kandas community this module knows of), one family left out. */
    Map<String, Integer> families(long except) {
        return counts("select expected_region, count(*) from kandas_survey where status = 'SUBMITTED' and id <> ? "
                + "group by expected_region", except);
    }

    /** Persons of submitted families expected in each region who arrive in the given year: the quota used. */
    Map<String, Integer> personsArriving(int year) {
        return counts("""
                select s.expected_region, count(*) from kandas_survey s join kandas_member m on m.survey_id = s.id
                where s.status = 'SUBMITTED' and s.arrival_date >= ? and s.arrival_date < ? group by s.expected_region""",
                java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 1, 1, 1));
    }

    private Map<String, Integer> counts(String sql, Object... params) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(sql).params(List.of(params)).query(rs -> {
            if (rs.getString(1) != null) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        });
        return counts;
    }

    static java.util.Set<SupportKind> support(String stored) {
        return stored == null || stored.isBlank() ? java.util.Set.of()
                : Arrays.stream(stored.split(",")).map(SupportKind::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
