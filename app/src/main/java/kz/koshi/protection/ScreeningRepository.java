package kz.koshi.protection;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

@Repository
class ScreeningRepository {

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewScreening s, String agency, String actor, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into protection_screening (screened_at, agency_code, screened_by, pathway, exploitation_type,
                cross_border, indicators, presumed_victim) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(utc(at), agency, actor, s.pathway().name(), s.exploitationType().name(), s.crossBorder(),
                        codes(s.indicators()), s.presumedVictim()).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<CaseFile.Screening> find(long id) {
        return jdbc.sql("select * from protection_screening where id = ?").param(id)
                .query((rs, n) -> new CaseFile.Screening(instant(rs, "screened_at"), rs.getString("agency_code"),
                        IdentificationPathway.valueOf(rs.getString("pathway")),
                        ExploitationType.valueOf(rs.getString("exploitation_type")), rs.getBoolean("cross_border"),
                        enums(Indicator.class, rs.getString("indicators")))).optional();
    }

    static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, String codes) {
        Set<E> set = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(c -> Enum.valueOf(type, c)).forEach(set::add);
        }
        return set;
    }
}
