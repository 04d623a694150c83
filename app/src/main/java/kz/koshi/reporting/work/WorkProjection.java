package kz.koshi.reporting.work;

import java.time.ZoneOffset;
import java.util.List;

import kz.koshi.kandas.KandasArrived;
import kz.koshi.recruitment.CitizenAbroadChanged;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Projection;
import kz.koshi.reporting.readmodel.Fact;
import kz.koshi.reporting.readmodel.Facts;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recruitment's and kandas' events in the read model: placements abroad (on the day reported, in Kazakhstan), each
 * stay on the register of citizens abroad as last told (a told state older than the one kept changes nothing), and
 * kandas arrivals (one per person: kandas keeps a person's first arrival only).
 */
@Component
class WorkProjection implements Projection {

    private final Facts facts;
    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    WorkProjection(Facts facts, JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(PlacementReported p) {
        facts.record(List.of(Fact.of(Figure.PLACEMENTS, p.placementId(), calendar.dayOf(p.reportedAt())).withCountry(p.countryCode())));
    }

    @ApplicationModuleListener
    void on(KandasArrived a) {
        facts.record(List.of(Fact.of(Figure.KANDAS_ARRIVED, a.personNumber(), a.arrivedOn()).withRegion(a.regionCode())
                .withCountry(a.originCountry())));
    }

    @ApplicationModuleListener
    void on(CitizenAbroadChanged s) {
        jdbc.sql("insert into reporting_abroad_stay (stay_id, country, kind, started_on, ended_on, changed_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(s.stayId(), s.countryCode(), s.legalStatus(), s.startedOn(), s.endedOn(), s.changedAt().atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("update reporting_abroad_stay set country = ?, kind = ?, started_on = ?, ended_on = ?, changed_at = ? where stay_id = ? and changed_at <= ?")
                .params(s.countryCode(), s.legalStatus(), s.startedOn(), s.endedOn(), s.changedAt().atOffset(ZoneOffset.UTC), s.stayId(),
                        s.changedAt().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public void clear() {
        facts.clear(List.of(Figure.PLACEMENTS, Figure.KANDAS_ARRIVED));
        jdbc.sql("delete from reporting_abroad_stay").update();
    }
}
