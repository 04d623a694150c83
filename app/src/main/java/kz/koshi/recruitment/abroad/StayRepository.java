package kz.koshi.recruitment.abroad;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.recruitment.CitizenAbroadChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stays abroad and the feed records that told of them. */
@Repository
class StayRepository {

    private static final String COLUMNS = "id, person_number, country_code, legal_status, started_on, ended_on, return_reason, "
            + "agency_code, contract_end, city, last_consular_on, referral_request_id";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StayRepository(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Tells the stay's state as it now is, for the statistics (every change of country, status, start or end). */
    private void told(long id) {
        find(id).ifPresent(s -> events.publishEvent(new CitizenAbroadChanged(s.id(), s.countryCode(), s.legalStatus().name(),
                s.startedOn(), s.endedOn(), clock.instant())));
    }

    Optional<Stay> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from recruitment_abroad_stay where id = ?").param(id).query(StayRepository::stay).optional();
    }

    /** The person's latest open stay in this country or in a country not known yet; any country when {@code country} is null. */
    Optional<Stay> openIn(String person, String country) {
        return jdbc.sql("select " + COLUMNS + " from recruitment_abroad_stay where person_number = ? and ended_on is null "
                        + "and (cast(? as varchar(3)) is null or country_code is null or country_code = ?) order by id desc")
                .params(person, country, country).query(StayRepository::stay).list().stream().findFirst();
    }

    Optional<Long> stayOf(FeedSource source, String reference) {
        return jdbc.sql("select stay_id from recruitment_abroad_source where source = ? and reference = ?")
                .params(source.name(), reference).query(Long.class).optional();
    }

    long open(String person, String country, LegalStatus status, LocalDate startedOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into recruitment_abroad_stay (person_number, country_code, legal_status, started_on) values (?, ?, ?, ?)")
                .params(person, country, status.name(), startedOn).update(key, "id");
        told(key.getKey().longValue());
        return key.getKey().longValue();
    }

    /** Adds what a feed record tells: the country when it was not known, the status, an earlier start. */
    void learn(Stay stay, String country, LegalStatus evidence, LocalDate startedOn) {
        jdbc.sql("update recruitment_abroad_stay set country_code = coalesce(country_code, ?), legal_status = ?, "
                        + "started_on = least(started_on, ?) where id = ?")
                .params(country, stay.legalStatus().after(evidence).name(), startedOn, stay.id()).update();
        told(stay.id());
    }

    void source(long stay, FeedSource source, String reference, LocalDate on) {
        jdbc.sql("insert into recruitment_abroad_source (stay_id, source, reference, recorded_on) values (?, ?, ?, ?)")
                .params(stay, source.name(), reference, on).update();
    }

    void placement(long stay, String agency, LocalDate contractStart, LocalDate contractEnd) {
        jdbc.sql("update recruitment_abroad_stay set agency_code = ?, contract_start = ?, contract_end = ? where id = ?")
                .params(agency, contractStart, contractEnd, stay).update();
    }

    void consular(long stay, String agency, String city, LocalDate on) {
        jdbc.sql("update recruitment_abroad_stay set consular_agency = ?, city = ?, "
                        + "last_consular_on = greatest(coalesce(last_consular_on, ?), ?) where id = ?")
                .params(agency, city, on, on, stay).update();
    }

    /** Ends the stay (if it is still open and had begun by that day). */
    boolean end(long stay, LocalDate on, ReturnReason reason) {
        boolean ended = jdbc.sql("update recruitment_abroad_stay set ended_on = ?, return_reason = ? where id = ? and ended_on is null and started_on <= ?")
                .params(on, reason.name(), stay, on).update() == 1;
        if (ended) {
            told(stay);
        }
        return ended;
    }

    /** Ends every stay of the person open on that day. */
    int endAll(String person, LocalDate on, ReturnReason reason) {
        List<Long> open = jdbc.sql("select id from recruitment_abroad_stay where person_number = ? and ended_on is null and started_on <= ?")
                .params(person, on).query(Long.class).list();
        int ended = jdbc.sql("update recruitment_abroad_stay set ended_on = ?, return_reason = ? where person_number = ? and ended_on is null and started_on <= ?")
                .params(on, reason.name(), person, on).update();
        open.forEach(this::told);
        return ended;
    }

    void movePerson(String from, String to) {
        jdbc.sql("update recruitment_abroad_stay set person_number = ? where person_number = ?").params(to, from).update();
    }

    void referred(long stay, long request, LocalDate consentOn) {
        jdbc.sql("update recruitment_abroad_stay set referral_request_id = ?, referral_consent_on = ? where id = ?")
                .params(request, consentOn, stay).update();
    }

    static Stay stay(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("return_reason");
        return new Stay(rs.getLong("id"), rs.getString("person_number"), rs.getString("country_code"),
                LegalStatus.valueOf(rs.getString("legal_status")), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), reason == null ? null : ReturnReason.valueOf(reason),
                rs.getString("agency_code"), rs.getObject("contract_end", LocalDate.class), rs.getString("city"),
                rs.getObject("last_consular_on", LocalDate.class), rs.getObject("referral_request_id", Long.class));
    }
}
