package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The channel marks on stay files ({@code stay_channel_mark}); a mark is written once per person and channel. */
@Repository
class ChannelMarkRepository {

    private final JdbcClient jdbc;

    ChannelMarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the mark is new; a person marked for the channel already keeps the first mark. */
    boolean insert(String person, long channel, LocalDate stoppedOn, Instant at) {
        return jdbc.sql("""
                insert into stay_channel_mark (person_number, channel_id, stopped_on, marked_at)
                select ?, ?, ?, ? where not exists
                  (select 1 from stay_channel_mark where person_number = ? and channel_id = ?)""")
                .params(person, channel, stoppedOn, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), person, channel).update() == 1;
    }

    List<ChannelMark> ofPerson(String person) {
        return jdbc.sql("select channel_id, stopped_on from stay_channel_mark where person_number = ? order by stopped_on, channel_id")
                .param(person).query((rs, n) -> new ChannelMark(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }
}
