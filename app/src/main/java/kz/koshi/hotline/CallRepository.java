package kz.koshi.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Calls as stored: the facts and the contact as the cipher sealed them. */
@Repository
class CallRepository {

    private static final String SUMMARY = """
            select c.id, c.received_at, c.channel, c.region_code, c.classification, c.in_danger,
                   (select count(*) from hotline_route r where r.call_id = c.id) as routes,
                   (select count(*) from hotline_route r where r.call_id = c.id and r.outcome is null and r.follow_up_on <= ?) as due
            from hotline_call c""";

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCall c, String sealedFacts, String sealedContact, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hotline_call (received_at, channel, anonymous, caller_language, callback_consent, contact, facts,
                    region_code, classification, names_victim, in_danger, logged_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(utc(at), c.channel().name(), c.anonymous(), c.callerLanguage().name(), c.callbackConsent(),
                        sealedContact, sealedFacts, c.regionCode(), c.classification().name(), c.namesVictim(),
                        c.callerInDanger(), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<CallFile> find(long id) {
        return jdbc.sql("select * from hotline_call where id = ?").param(id).query((rs, n) -> file(rs)).optional();
    }

    /** The latest calls, newest first. */
    List<CallSummary> latest(LocalDate today, int limit) {
        return jdbc.sql(SUMMARY + " order by c.received_at desc, c.id desc limit ?").params(today, limit)
                .query((rs, n) -> summary(rs)).list();
    }

    /** The calls routed to an agency, newest first. */
    List<CallSummary> routedTo(String agency, LocalDate today) {
        return jdbc.sql(SUMMARY + " where exists (select 1 from hotline_route r where r.call_id = c.id and r.agency_code = ?)"
                        + " order by c.received_at desc, c.id desc limit 200")
                .params(today, agency).query((rs, n) -> summary(rs)).list();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static CallSummary summary(ResultSet rs) throws SQLException {
        return new CallSummary(rs.getLong("id"), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                Channel.valueOf(rs.getString("channel")), rs.getString("region_code"),
                CallClass.valueOf(rs.getString("classification")), rs.getBoolean("in_danger"), rs.getInt("routes"),
                rs.getInt("due") > 0);
    }

    private static CallFile file(ResultSet rs) throws SQLException {
        return new CallFile(rs.getLong("id"), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                Channel.valueOf(rs.getString("channel")), rs.getBoolean("anonymous"),
                SpokenLanguage.valueOf(rs.getString("caller_language")), rs.getBoolean("callback_consent"),
                rs.getString("contact"), rs.getString("facts"), rs.getString("region_code"),
                CallClass.valueOf(rs.getString("classification")), rs.getBoolean("names_victim"), rs.getBoolean("in_danger"),
                rs.getString("logged_by"), List.of());
    }
}
