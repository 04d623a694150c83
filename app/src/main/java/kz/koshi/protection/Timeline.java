package kz.koshi.protection;

import java.time.Clock;
import java.util.List;

import kz.koshi.protection.guardianship.CaseTimeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

/** The case timeline: each step as a kind (a message key stem) and a coded detail, never narrative. */
@Component
class Timeline implements CaseTimeline {

    private final JdbcClient jdbc;
    private final Clock clock;

    Timeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(long caseId, String kind, Object detail) {
        jdbc.sql("insert into protection_case_event (case_id, occurred_at, kind, actor, detail) values (?, ?, ?, ?, ?)")
                .params(caseId, utc(clock.instant()), kind, Actor.current().name(), detail == null ? null : detail.toString())
                .update();
    }

    List<CaseFile.Event> of(long caseId) {
        return jdbc.sql("select * from protection_case_event where case_id = ? order by occurred_at, id").param(caseId)
                .query((rs, n) -> new CaseFile.Event(instant(rs, "occurred_at"), rs.getString("kind"), rs.getString("actor"),
                        rs.getString("detail"))).list();
    }
}
