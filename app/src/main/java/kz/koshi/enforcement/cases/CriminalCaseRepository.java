package kz.koshi.enforcement.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.koshi.shared.CriminalStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The register as stored: cases, their stages, suspects by person number or BIN, protection case numbers. */
@Repository
class CriminalCaseRepository {

    private static final String SUMMARY = """
            select c.*, (select count(*) from enforcement_case_suspect s where s.case_id = c.id) as suspects,
                   (select count(*) from enforcement_case_protection p where p.case_id = c.id) as protection_cases
            from enforcement_case c where 1 = 1""";

    private final JdbcClient jdbc;

    CriminalCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean referenceTaken(String agency, String reference) {
        return jdbc.sql("select count(*) from enforcement_case where agency_code = ? and case_reference = ?")
                .params(agency, reference).query(Long.class).single() > 0;
    }

    long insert(String agency, NewCriminalCase c, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into enforcement_case (agency_code, case_reference, article, stage, region_code, opened_on, stage_on,
                    registered_at, registered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agency, c.reference(), c.article(), c.stage().name(), c.regionCode(), c.openedOn(), c.stageDay(),
                        utc(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertStage(long caseId, CriminalStage stage, LocalDate on, Instant at, String by) {
        jdbc.sql("insert into enforcement_case_stage (case_id, stage, stage_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?)")
                .params(caseId, stage.name(), on, utc(at), by).update();
    }

    void insertSuspect(long caseId, String personNumber, String bin) {
        jdbc.sql("insert into enforcement_case_suspect (case_id, person_number, bin) values (?, ?, ?)")
                .params(caseId, personNumber, bin).update();
    }

    void insertProtectionCase(long caseId, String caseNumber) {
        jdbc.sql("insert into enforcement_case_protection (case_id, case_number) values (?, ?)").params(caseId, caseNumber).update();
    }

    /** Moves the case on only from the stage it was read at; false when another change came first. */
    boolean moveStage(long caseId, CriminalStage from, CriminalStage to, LocalDate on) {
        return jdbc.sql("update enforcement_case set stage = ?, stage_on = ? where id = ? and stage = ?")
                .params(to.name(), on, caseId, from.name()).update() == 1;
    }

    Optional<CaseSummary> find(long id) {
        return jdbc.sql(SUMMARY + " and c.id = ?").param(id).query((rs, n) -> summary(rs)).optional();
    }

    List<CaseSummary> list(CaseFilter f, int limit) {
        StringBuilder sql = new StringBuilder(SUMMARY);
        List<Object> params = new ArrayList<>();
        where(sql, params, "c.article = ?", f.article());
        where(sql, params, "c.stage = ?", f.stage() == null ? null : f.stage().name());
        where(sql, params, "c.region_code = ?", f.regionCode());
        where(sql, params, "c.opened_on >= ?", f.year() == null ? null : LocalDate.of(f.year(), 1, 1));
        where(sql, params, "c.opened_on <= ?", f.year() == null ? null : LocalDate.of(f.year(), 12, 31));
        params.add(limit);
        return jdbc.sql(sql + " order by c.opened_on desc, c.id desc limit ?").params(params)
                .query((rs, n) -> summary(rs)).list();
    }

    List<StageEntry> stages(long caseId) {
        return jdbc.sql("select * from enforcement_case_stage where case_id = ? order by stage_on, id").param(caseId)
                .query((rs, n) -> new StageEntry(CriminalStage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"))).list();
    }

    /** The suspects as stored: a person number or a BIN each, in the order registered. */
    List<String[]> suspects(long caseId) {
        return jdbc.sql("select person_number, bin from enforcement_case_suspect where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new String[] {rs.getString("person_number"), rs.getString("bin")}).list();
    }

    List<String> protectionCases(long caseId) {
        return jdbc.sql("select case_number from enforcement_case_protection where case_id = ? order by case_number")
                .param(caseId).query(String.class).list();
    }

    /** The years cases were opened in, newest first, for the register's filter. */
    List<Integer> years() {
        return jdbc.sql("select distinct opened_on from enforcement_case").query(LocalDate.class).list().stream()
                .map(LocalDate::getYear).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static void where(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getLong("id"), rs.getString("agency_code"), rs.getString("case_reference"),
                rs.getString("article"), CriminalStage.valueOf(rs.getString("stage")), rs.getString("region_code"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("stage_on", LocalDate.class), rs.getInt("suspects"),
                rs.getInt("protection_cases"));
    }
}
