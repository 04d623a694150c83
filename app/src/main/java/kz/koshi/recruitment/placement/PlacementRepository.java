package kz.koshi.recruitment.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlacementRepository {

    /** An agency with an account: its row id and legal name. */
    record AgencyRow(long id, String code, String name) {
    }

    private static final String SELECT = """
            select p.*, a.agency_code, a.legal_name from recruitment_placement p
            join recruitment_agency a on a.id = p.agency_id""";

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AgencyRow> agency(String code) {
        return jdbc.sql("select id, agency_code, legal_name from recruitment_agency where agency_code = ?").param(code == null ? "" : code)
                .query((rs, n) -> new AgencyRow(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    void insert(UUID id, long agencyId, String personNumber, PlacementForm f, String employerKey, boolean agreementInForce,
                Instant at, String actor) {
        jdbc.sql("""
                insert into recruitment_placement (id, agency_id, person_number, country, employer_name, employer_name_key,
                  employer_country, employer_registration, job, contract_start, contract_end, monthly_wage, wage_currency, fees_kzt,
                  agreement_in_force, reported_at, reported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, agencyId, personNumber, f.getCountry(), f.getEmployerName(), employerKey, f.getEmployerCountry(),
                        f.getEmployerRegistration(), f.getJob(), f.getContractStart(), f.getContractEnd(), f.getMonthlyWage(),
                        f.getWageCurrency(), f.getFeesKzt(), agreementInForce, at.atOffset(ZoneOffset.UTC), actor).update();
    }

    Optional<Placement> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query((rs, n) -> map(rs)).optional().map(p -> p.withOrientations(orientations(id)));
    }

    List<Placement> ofAgency(long agencyId) {
        return jdbc.sql(SELECT + " where p.agency_id = ? order by p.reported_at desc").param(agencyId).query((rs, n) -> map(rs)).list();
    }

    /** Every placement matching the filter, newest first, at most {@code limit}. */
    List<Placement> matching(PlacementFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        add(where, params, " and a.agency_code = ?", filter.getAgency());
        add(where, params, " and p.country = ?", filter.getCountry());
        add(where, params, " and p.contract_start >= ?", filter.getFrom());
        add(where, params, " and p.contract_start <= ?", filter.getTo());
        params.add(limit);
        return jdbc.sql(SELECT + where + " order by p.reported_at desc limit ?").params(params).query((rs, n) -> map(rs)).list();
    }

    void addOrientation(UUID placementId, List<OrientationTopic> topics, LocalDate on, String givenBy, String actor, Instant at) {
        jdbc.sql("insert into recruitment_orientation (placement_id, topics, received_on, given_by, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(placementId, String.join(",", topics.stream().map(Enum::name).toList()), on, givenBy, actor, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Orientation> orientations(UUID placementId) {
        return jdbc.sql("select * from recruitment_orientation where placement_id = ? order by received_on, id").param(placementId)
                .query((rs, n) -> new Orientation(rs.getLong("id"),
                        Arrays.stream(rs.getString("topics").split(",")).map(OrientationTopic::valueOf).toList(),
                        rs.getObject("received_on", LocalDate.class), rs.getString("given_by"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list();
    }

    private static void add(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            params.add(value);
        }
    }

    private static Placement map(ResultSet rs) throws SQLException {
        return new Placement(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("legal_name"),
                rs.getString("person_number"), rs.getString("country"), rs.getString("employer_name"), rs.getString("employer_country"),
                rs.getString("employer_registration"), rs.getString("job"), rs.getObject("contract_start", LocalDate.class),
                rs.getObject("contract_end", LocalDate.class), rs.getBigDecimal("monthly_wage"), rs.getString("wage_currency"),
                rs.getLong("fees_kzt"), rs.getBoolean("agreement_in_force"), rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
                rs.getString("reported_by"), List.of());
    }
}
