package kz.koshi.reporting.enforcement;

import java.time.LocalDate;

import kz.koshi.hotline.HotlineCallLogged;
import kz.koshi.hotline.HotlineCallRouted;
import kz.koshi.reporting.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The hotline's events as rows of {@code rep_hotline_fact}: a call by its id, a route by its call, kind and day (a call
 * routed twice the same way on one day is one route); emptied and replayed on a rebuild.
 */
@Component
class HotlineFacts implements Projection {

    private final JdbcClient jdbc;

    HotlineFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(HotlineCallLogged e) {
        insert("CALL", String.valueOf(e.callId()), e.day(), e.regionCode(), e.classification().name(), e.channel().name());
    }

    @ApplicationModuleListener
    void on(HotlineCallRouted e) {
        insert("ROUTE", e.callId() + ":" + e.routedTo().name() + ":" + e.day(), e.day(), e.regionCode(), e.routedTo().name(),
                e.channel().name());
    }

    @Override
    public void clear() {
        jdbc.sql("delete from rep_hotline_fact").update();
    }

    private void insert(String fact, String key, LocalDate day, String region, String kind, String channel) {
        jdbc.sql("""
                insert into rep_hotline_fact (fact, source_key, on_day, region_code, kind, channel) values (?, ?, ?, ?, ?, ?)
                on conflict do nothing""").params(fact, key, day, region, kind, channel).update();
    }
}
