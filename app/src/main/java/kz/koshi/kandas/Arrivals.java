package kz.koshi.kandas;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.border.KandasReferenceGiven;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Arrivals: a family member who entered with the family's survey reference (border's {@link KandasReferenceGiven},
 * after the crossing's commit) is linked to the survey; the first arrival of a person stands (a later entry, with this
 * survey or another, changes nothing). Each new arrival is told as {@link KandasArrived}.
 */
@Component
class Arrivals {

    private static final String SELECT = """
            select a.person_number, s.reference, s.expected_region, a.arrived_on, a.status, a.status_on
            from kandas_arrival a join kandas_survey s on s.id = a.survey_id""";

    private final JdbcClient jdbc;
    private final SurveyRecords surveys;
    private final ApplicationEventPublisher events;

    Arrivals(JdbcClient jdbc, SurveyRecords surveys, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(KandasReferenceGiven given) {
        Optional<Long> survey = surveys.idOf(given.surveyReference()).filter(id -> surveys.find(id).map(Survey::submitted).orElse(false));
        if (survey.isEmpty() || find(given.personNumber()).isPresent()) {
            return;
        }
        // A second delivery of the same event at the same moment (another node republishing it) waits on the key, then adds
        // nothing and tells nothing.
        int added = jdbc.sql("insert into kandas_arrival (person_number, survey_id, crossing_id, arrived_on) values (?, ?, ?, ?) on conflict do nothing")
                .params(given.personNumber(), survey.get(), given.crossingId(), given.arrivedOn()).update();
        if (added == 0) {
            return;
        }
        Survey family = surveys.find(survey.get()).orElseThrow();
        events.publishEvent(new KandasArrived(survey.get(), given.personNumber(), given.arrivedOn(), family.origin().originCountry(),
                family.expectedRegion()));
    }

    Optional<Arrival> find(String personNumber) {
        return jdbc.sql(SELECT + " where a.person_number = ?").param(personNumber).query(Arrivals::arrival).optional();
    }

    /** Every arrival, the latest first. */
    List<Arrival> all() {
        return jdbc.sql(SELECT + " order by a.arrived_on desc, a.person_number").query(Arrivals::arrival).list();
    }

    /** The arrivals of a survey's family. */
    List<Arrival> ofSurvey(String reference) {
        return jdbc.sql(SELECT + " where s.reference = ? order by a.arrived_on, a.person_number").param(reference)
                .query(Arrivals::arrival).list();
    }

    void setStatus(String personNumber, ApplicationStatus status, LocalDate on, String by) {
        jdbc.sql("update kandas_arrival set status = ?, status_on = ?, status_by = ? where person_number = ?")
                .params(status.name(), on, by, personNumber).update();
    }

    private static Arrival arrival(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("status");
        return new Arrival(rs.getString("person_number"), rs.getString("reference"), rs.getString("expected_region"),
                rs.getObject("arrived_on", LocalDate.class), status == null ? null : ApplicationStatus.valueOf(status),
                rs.getObject("status_on", LocalDate.class));
    }
}
