package kz.koshi.enforcement.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Channels as stored ({@code enforcement_channel} and its route, organisers and persons). */
@Repository
class ChannelRepository {

    private final JdbcClient jdbc;

    ChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String agency, String reference) {
        return jdbc.sql("select count(*) from enforcement_channel where agency_code = ? and reference = ?")
                .params(agency, reference).query(Long.class).single() > 0;
    }

    long insert(CheckedChannel checked, String agency, Instant at, String by) {
        NewChannel c = checked.channel();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into enforcement_channel (agency_code, reference, region_code, stopped_on, persons_moved, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(agency, c.reference(), c.regionCode(), c.stoppedOn(), c.personsMoved(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < c.routeCountries().size(); i++) {
            jdbc.sql("insert into enforcement_channel_country (channel_id, position, country_code) values (?, ?, ?)")
                    .params(id, i, c.routeCountries().get(i)).update();
        }
        for (int i = 0; i < c.checkpoints().size(); i++) {
            jdbc.sql("insert into enforcement_channel_checkpoint (channel_id, position, checkpoint_code) values (?, ?, ?)")
                    .params(id, i, c.checkpoints().get(i)).update();
        }
        insertOrganisers(id, checked.organiserPersons(), c.organiserBins().stream().distinct().toList());
        return id;
    }

    private void insertOrganisers(long id, List<String> persons, List<String> bins) {
        int position = 0;
        for (String person : persons) {
            jdbc.sql("insert into enforcement_channel_organiser (channel_id, position, person_number) values (?, ?, ?)")
                    .params(id, position++, person).update();
        }
        for (String bin : bins) {
            jdbc.sql("insert into enforcement_channel_organiser (channel_id, position, bin) values (?, ?, ?)")
                    .params(id, position++, bin).update();
        }
    }

    void addPerson(long channel, String person, boolean inStay) {
        jdbc.sql("insert into enforcement_channel_person (channel_id, person_number, in_stay) values (?, ?, ?)")
                .params(channel, person, inStay).update();
    }

    /** The channels matching the filter, latest stopped first (at most {@code limit}). */
    List<ChannelRow> list(ChannelFilter f, int limit) {
        StringBuilder sql = new StringBuilder("""
                select c.*, (select count(*) from enforcement_channel_person p where p.channel_id = c.id) as identified
                from enforcement_channel c where 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (f.year() != null) {
            sql.append(" and c.stopped_on >= ? and c.stopped_on < ?");
            params.add(LocalDate.of(f.year(), 1, 1));
            params.add(LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.region() != null) {
            sql.append(" and c.region_code = ?");
            params.add(f.region());
        }
        if (f.country() != null) {
            sql.append(" and exists (select 1 from enforcement_channel_country x where x.channel_id = c.id and x.country_code = ?)");
            params.add(f.country());
        }
        sql.append(" order by c.stopped_on desc, c.id desc limit ?");
        params.add(limit);
        List<ChannelRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
        return rows.stream().map(r -> withCountries(r, countriesOf(r.id()))).toList();
    }

    Optional<ChannelRow> find(long id) {
        return jdbc.sql("""
                select c.*, (select count(*) from enforcement_channel_person p where p.channel_id = c.id) as identified
                from enforcement_channel c where c.id = ?""").param(id).query((rs, n) -> row(rs)).optional()
                .map(r -> withCountries(r, countriesOf(id)));
    }

    /** Who recorded the channel and when: the officer's sign-in name or the system, and the instant. */
    Recorded recorded(long id) {
        return jdbc.sql("select recorded_at, recorded_by from enforcement_channel where id = ?").param(id)
                .query((rs, n) -> new Recorded(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2))).single();
    }

    record Recorded(Instant at, String by) {
    }

    List<String> checkpointsOf(long id) {
        return jdbc.sql("select checkpoint_code from enforcement_channel_checkpoint where channel_id = ? order by position")
                .param(id).query(String.class).list();
    }

    /** The organisers in the order recorded: a person number or a BIN each. */
    List<String[]> organisersOf(long id) {
        return jdbc.sql("select person_number, bin from enforcement_channel_organiser where channel_id = ? order by position")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** The persons moved who were identified: person number and whether the channel is on their stay file. */
    Map<String, Boolean> personsOf(long id) {
        Map<String, Boolean> persons = new java.util.LinkedHashMap<>();
        jdbc.sql("select person_number, in_stay from enforcement_channel_person where channel_id = ? order by person_number")
                .param(id).query((rs, n) -> persons.put(rs.getString(1), rs.getBoolean(2))).list();
        return persons;
    }

    private List<String> countriesOf(long id) {
        return jdbc.sql("select country_code from enforcement_channel_country where channel_id = ? order by position")
                .param(id).query(String.class).list();
    }

    private static ChannelRow withCountries(ChannelRow r, List<String> countries) {
        return new ChannelRow(r.id(), r.reference(), r.agencyCode(), r.regionCode(), r.stoppedOn(), r.personsMoved(),
                r.personsIdentified(), countries);
    }

    private static ChannelRow row(ResultSet rs) throws SQLException {
        return new ChannelRow(rs.getLong("id"), rs.getString("reference"), rs.getString("agency_code"),
                rs.getString("region_code"), rs.getObject("stopped_on", LocalDate.class), rs.getInt("persons_moved"),
                rs.getInt("identified"), List.of());
    }
}
