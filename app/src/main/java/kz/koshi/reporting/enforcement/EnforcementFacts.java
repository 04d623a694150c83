package kz.koshi.reporting.enforcement;

import java.time.LocalDate;

import kz.koshi.enforcement.ChannelStopped;
import kz.koshi.enforcement.CriminalCaseRegistered;
import kz.koshi.enforcement.CriminalCaseStageChanged;
import kz.koshi.enforcement.RaidCompleted;
import kz.koshi.reporting.Projection;
import kz.koshi.reporting.readmodel.Cells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The enforcement registers' events as rows of {@code rep_enforcement_fact} (and a criminal case's stages), keyed by
 * their ids so an event delivered twice is kept once; emptied and replayed on a rebuild.
 */
@Component
class EnforcementFacts implements Projection {

    private final JdbcClient jdbc;

    EnforcementFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CriminalCaseRegistered e) {
        insert("CRIME", e.caseId(), e.registeredOn(), e.regionCode(), e.stage().name(), e.article(), null, e.suspects(), 0);
    }

    @ApplicationModuleListener
    void on(CriminalCaseStageChanged e) {
        jdbc.sql("insert into rep_enforcement_stage (case_id, stage, changed_on) values (?, ?, ?) on conflict do nothing")
                .params(e.caseId(), e.stage().name(), e.changedOn()).update();
    }

    @ApplicationModuleListener
    void on(ChannelStopped e) {
        String origin = e.routeCountries() == null || e.routeCountries().isEmpty() ? null : e.routeCountries().getFirst();
        insert("CHANNEL", e.channelId(), e.stoppedOn(), e.regionCode(), null, null, origin, e.personsMoved(), 0);
    }

    @ApplicationModuleListener
    void on(RaidCompleted e) {
        insert("RAID", e.raidId(), e.endedOn(), e.regionCode(), null, null, null, e.personsChecked(), e.violationsFound());
    }

    @Override
    public void clear() {
        jdbc.sql("delete from rep_enforcement_stage").update();
        jdbc.sql("delete from rep_enforcement_fact").update();
    }

    private void insert(String fact, long id, LocalDate day, String region, String kind, String article, String country,
                        int persons, int found) {
        jdbc.sql("""
                insert into rep_enforcement_fact (fact, source_id, on_day, region_code, kind, article, country, persons, found)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(fact, id, day, region == null ? Cells.UNKNOWN : region, kind, article, country, persons, found).update();
    }
}
