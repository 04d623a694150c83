package kz.koshi.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The career centre's table. Its queries read {@code employment_referral} alone and select only the columns
 * of {@link SupportRequest}: the referring side's programme is in another table, which nothing here joins.
 */
@Repository
class SupportRequests {

    private static final String COLUMNS = "id, person_number, person_name, region_code, referred_on, languages, skills, "
            + "contact_phone, contact_email, status";

    private final JdbcClient jdbc;

    SupportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String personNumber, String name, String region, LocalDate on, ReferralProfile p) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into employment_referral (person_number, person_name, region_code, referred_on, languages, skills,
                contact_phone, contact_email, shared_channels, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED')""")
                .params(personNumber, name, region, on, codes(p.languages()), p.skills(), p.contactPhone(), p.contactEmail(),
                        codes(p.sharedChannels())).update(key, "id");
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

    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static SupportRequest map(ResultSet rs) throws SQLException {
        String languages = rs.getString("languages");
        Set<Language> spoken = languages == null || languages.isBlank() ? Set.of()
                : Collections.unmodifiableSet(Arrays.stream(languages.split(",")).map(Language::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class))));
        return new SupportRequest(rs.getLong("id"), rs.getString("person_number"), rs.getString("person_name"),
                rs.getString("region_code"), rs.getObject("referred_on", LocalDate.class), spoken, rs.getString("skills"),
                rs.getString("contact_phone"), rs.getString("contact_email"), SupportRequestStatus.valueOf(rs.getString("status")));
    }
}
