package kz.koshi.stay;

import kz.koshi.identity.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A reviewer merged two persons: the channel marks move to the survivor (a channel marked on both is kept once). */
@Component
class ChannelMarkMerges {

    private final JdbcClient jdbc;

    ChannelMarkMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void on(PersonsMerged merged) {
        String s = merged.survivingPersonNumber();
        String m = merged.mergedPersonNumber();
        jdbc.sql("""
                delete from stay_channel_mark where person_number = ? and exists (select 1 from stay_channel_mark x
                where x.person_number = ? and x.channel_id = stay_channel_mark.channel_id)""").params(m, s).update();
        jdbc.sql("update stay_channel_mark set person_number = ? where person_number = ?").params(s, m).update();
    }
}
