package kz.koshi.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The career centre's table. Its queries read {@code employment_referral} alone and select only the columns
 * of {@link SupportRequest}: the referring side's programme is in another table, which nothing here joins.
 */
@Repository
class SupportRequests {

    private static final String COLUMNS = "id, person_number, region_code, referred_on, contact_phone, status";

    private final JdbcClient jdbc;

    SupportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String personNumber, String region, LocalDate on, String phone) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into employment_referral (person_number, region_code, referred_on, contact_phone, status)
                values (?, ?, ?, ?, 'REQUESTED')""").params(personNumber, region, on, phone).update(key, "id");
        return key.getKey().longValue();
    }

    void insertOrigin(long referralId, ReferralProgramme programme, String agencyCode, String referredBy) {
        jdbc.sql("insert into employment_referral_origin (referral_id, programme, agency_code, referred_by) values (?, ?, ?, ?)")
                .params(referralId, programme.name(), agencyCode, referredBy).update();
    }

    List<SupportRequest> inRegion(String region) {
        return jdbc.sql("select " + COLUMNS + " from employment_referral where region_code = ? order by referred_on desc, id desc")
                .param(region).query((rs, n) -> map(rs)).list();
    }

    Optional<SupportRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from employment_referral where id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    void setStatus(long id, SupportRequestStatus status) {
        jdbc.sql("update employment_referral set status = ? where id = ?").params(status.name(), id).update();
    }

    void movePerson(String from, String to) {
        jdbc.sql("update employment_referral set person_number = ? where person_number = ?").params(to, from).update();
    }

    void movePerson(long id, String to) {
        jdbc.sql("update employment_referral set person_number = ? where id = ?").params(to, id).update();
    }

    private static SupportRequest map(ResultSet rs) throws SQLException {
        return new SupportRequest(rs.getLong("id"), rs.getString("person_number"), rs.getString("region_code"),
                rs.getObject("referred_on", LocalDate.class), rs.getString("contact_phone"),
                SupportRequestStatus.valueOf(rs.getString("status")));
    }
}
