package kz.koshi.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.shared.LocalizedName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the reference data that migrations load: regions, countries, agencies, crisis centres. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final JdbcClient jdbc;
    private volatile Map<String, Country> countriesByCode;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Regions in force on the given date. */
    public List<Region> regionsOn(LocalDate date) {
        return allRegions().stream().filter(r -> r.inForceOn(date)).toList();
    }

    public List<Region> allRegions() {
        return jdbc.sql("select * from region order by kind desc, code")
                .query((rs, n) -> new Region(rs.getString("code"), Region.Kind.valueOf(rs.getString("kind")),
                        name(rs), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    public List<Country> countries() {
        return jdbc.sql("select * from country order by name_en").query((rs, n) -> country(rs)).list();
    }

    /** A country by its ISO alpha-3 code; the list is loaded once, as only a migration changes it. */
    public Optional<Country> country(String alpha3) {
        Map<String, Country> byCode = countriesByCode;
        if (byCode == null) {
            byCode = countries().stream().collect(Collectors.toUnmodifiableMap(Country::alpha3, c -> c));
            countriesByCode = byCode;
        }
        return Optional.ofNullable(alpha3 == null ? null : byCode.get(alpha3));
    }

    public List<Agency> agencies() {
        return jdbc.sql("select * from agency order by type, code").query((rs, n) -> agency(rs)).list();
    }

    public Optional<Agency> agency(String code) {
        return jdbc.sql("select * from agency where code = ?").param(code).query((rs, n) -> agency(rs)).optional();
    }

    public List<CrisisCentre> crisisCentres() {
        return jdbc.sql("""
                select c.*, a.name_ru, a.name_kk, a.name_en from crisis_centre c
                join agency a on a.code = c.agency_code order by c.region_code, c.agency_code""")
                .query((rs, n) -> new CrisisCentre(rs.getString("agency_code"), name(rs), rs.getString("region_code"),
                        CrisisCentre.Funding.valueOf(rs.getString("funding")),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    /** Registers a licensed private employment agency (the recruitment module's licence register feeds this). */
    @Transactional
    public void registerEmploymentAgency(String code, LocalizedName name, String regionCode) {
        jdbc.sql("insert into agency (code, type, name_ru, name_kk, name_en, region_code) values (?, ?, ?, ?, ?, ?)")
                .params(code, AgencyType.EMPLOYMENT_AGENCY.name(), name.ru(), name.kk(), name.en(), regionCode).update();
    }

    private static Country country(ResultSet rs) throws SQLException {
        return new Country(rs.getString("alpha3"), rs.getString("alpha2"), rs.getString("numeric_code"), name(rs));
    }

    private static Agency agency(ResultSet rs) throws SQLException {
        return new Agency(rs.getString("code"), AgencyType.valueOf(rs.getString("type")), name(rs),
                rs.getString("region_code"), rs.getBoolean("active"));
    }

    private static LocalizedName name(ResultSet rs) throws SQLException {
        return new LocalizedName(rs.getString("name_ru"), rs.getString("name_kk"), rs.getString("name_en"));
    }
}
