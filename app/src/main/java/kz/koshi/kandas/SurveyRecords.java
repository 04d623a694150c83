package kz.koshi.kandas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The survey tables: one row per family, its members in order. */
@Repository
class SurveyRecords {

    private final JdbcClient jdbc;

    SurveyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String reference, String secretHash, String language, OriginAnswers o, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into kandas_survey (reference, secret_hash, status, language, origin_country, origin_city, contact_name,
                    contact_phone, contact_email, current_region, consented_at, updated_at) values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, secretHash, language, o.originCountry(), o.originCity().trim(), o.contactName().trim(),
                        blank(o.contactPhone()), blank(o.contactEmail()), blank(o.currentRegion()), utc(now), utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<String> secretHash(String reference) {
        return jdbc.sql("select secret_hash from kandas_survey where reference = ?").param(reference).query(String.class).optional();
    }

    Optional<Long> idOf(String reference) {
        return jdbc.sql("select id from kandas_survey where reference = ?").param(reference).query(Long.class).optional();
    }

    void updateOrigin(long id, OriginAnswers o, Instant now) {
        jdbc.sql("""
                update kandas_survey set origin_country = ?, origin_city = ?, contact_name = ?, contact_phone = ?,
                    contact_email = ?, current_region = ?, updated_at = ? where id = ? and status = 'DRAFT'""")
                .params(o.originCountry(), o.originCity().trim(), o.contactName().trim(), blank(o.contactPhone()),
                        blank(o.contactEmail()), blank(o.currentRegion()), utc(now), id).update();
    }

    void replaceMembers(long id, List<MemberAnswer> members, Instant now) {
        jdbc.sql("delete from kandas_member where survey_id = ?").param(id).update();
        for (int i = 0; i < members.size(); i++) {
            MemberAnswer m = members.get(i);
            jdbc.sql("""
                    insert into kandas_member (survey_id, position, birth_date, sex, education, profession, languages, health_need)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, i, m.birthDate(), m.sex().name(), m.education().name(),
                    m.profession().name(), m.languages().stream().map(Enum::name).collect(Collectors.joining(",")),
                    m.healthNeed().name()).update();
        }
        touch(id, now);
    }

    void updatePlans(long id, PlansAnswers p, Instant now) {
        jdbc.sql("""
                update kandas_survey set preferred_region_1 = ?, preferred_region_2 = ?, preferred_region_3 = ?,
                    preference_reason = ?, housing_need = ?, skills = ?, arrival_date = ?, updated_at = ?
                where id = ? and status = 'DRAFT'""")
                .params(at(p.preferredRegions(), 0), at(p.preferredRegions(), 1), at(p.preferredRegions(), 2),
                        p.preferenceReason() == null ? null : p.preferenceReason().name(), p.housingNeed().name(),
                        blank(p.skills()), p.arrivalDate(), utc(now), id).update();
    }

    /** Sends a draft; false when it was already sent (the second sending changes nothing). */
    /** Sends the draft, expected in the first of its recommended regions, which are kept in their order. */
    boolean submit(long id, List<String> recommended, Instant now) {
        return jdbc.sql("""
                update kandas_survey set status = 'SUBMITTED', expected_region = ?, recommended_regions = ?, submitted_at = ?,
                    updated_at = ? where id = ? and status = 'DRAFT'""")
                .params(recommended.getFirst(), String.join(",", recommended), utc(now), utc(now), id).update() == 1;
    }

    void expect(long id, String region, Instant now) {
        jdbc.sql("update kandas_survey set expected_region = ?, updated_at = ? where id = ? and status = 'SUBMITTED'")
                .params(region, utc(now), id).update();
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("select * from kandas_survey where id = ?").param(id).query((rs, n) -> survey(rs)).optional();
    }

    private Survey survey(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        OriginAnswers origin = new OriginAnswers(true, rs.getString("origin_country"), rs.getString("origin_city"),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("current_region"));
        String reason = rs.getString("preference_reason");
        String housing = rs.getString("housing_need");
        PlansAnswers plans = new PlansAnswers(rs.getString("preferred_region_1"), rs.getString("preferred_region_2"),
                rs.getString("preferred_region_3"), reason == null ? null : PreferenceReason.valueOf(reason),
                housing == null ? null : HousingNeed.valueOf(housing), rs.getString("skills"),
                rs.getObject("arrival_date", LocalDate.class));
        OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        return new Survey(id, rs.getString("reference"), SurveyStatus.valueOf(rs.getString("status")), rs.getString("language"),
                origin, new MembersAnswers(members(id)), plans, rs.getString("expected_region"),
                submitted == null ? null : submitted.toInstant());
    }

    List<MemberAnswer> members(long surveyId) {
        return jdbc.sql("select * from kandas_member where survey_id = ? order by position").param(surveyId)
                .query((rs, n) -> new MemberAnswer(rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                        Education.valueOf(rs.getString("education")), Profession.valueOf(rs.getString("profession")),
                        languages(rs.getString("languages")), HealthNeed.valueOf(rs.getString("health_need")))).list();
    }

    java.util.Map<ReservationKind, String> reservations(long surveyId) {
        java.util.Map<ReservationKind, String> reserved = new java.util.EnumMap<>(ReservationKind.class);
        jdbc.sql("select kind, region_code from kandas_reservation where survey_id = ?").param(surveyId)
                .query(rs -> {
                    reserved.put(ReservationKind.valueOf(rs.getString(1)), rs.getString(2));
                });
        return reserved;
    }

    private static List<Language> languages(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(Language::valueOf).toList();
    }

    private void touch(long id, Instant now) {
        jdbc.sql("update kandas_survey set updated_at = ? where id = ?").params(utc(now), id).update();
    }

    private static String at(List<String> list, int i) {
        return list.size() > i ? list.get(i) : null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
