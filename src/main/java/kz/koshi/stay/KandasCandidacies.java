package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.kandas.ApplicationStatus;
import kz.koshi.kandas.KandasStatusChanged;
import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.StayFacts.Candidacy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issue 15: a candidate kandas is not an ordinary foreigner. Stay learns the kandas application's status from kandas'
 * {@link KandasStatusChanged} (the person, the status, the day), keeps it, and assesses the person again, as for
 * protection's events ({@link RemovalSuspensions}): while the application runs, or once granted, no overstay is counted;
 * after a refusal the ordinary clock restarts on the refusal day (docs/stay.md).
 */
@Component
class KandasCandidacies {

    private final JdbcClient jdbc;
    private final ViolationDetector detector;

    KandasCandidacies(JdbcClient jdbc, ViolationDetector detector) {
        this.jdbc = jdbc;
        this.detector = detector;
    }

    @Async
    @TransactionalEventListener
    public void on(KandasStatusChanged changed) {
        String person = changed.personNumber();
        if (changed.status() == ApplicationStatus.APPLIED) {
            int updated = jdbc.sql("update stay_kandas_status set status = 'APPLIED', applied_on = ?, decided_on = null where person_number = ?")
                    .params(changed.on(), person).update();
            if (updated == 0) {
                jdbc.sql("insert into stay_kandas_status (person_number, status, applied_on) values (?, 'APPLIED', ?)")
                        .params(person, changed.on()).update();
            }
        } else {
            jdbc.sql("update stay_kandas_status set status = ?, decided_on = ? where person_number = ?")
                    .params(changed.status().name(), changed.on(), person).update();
        }
        CrossingListener.assess(detector, PersonSelection.of(person), List.of(person), "EVENT");
    }

    /** The kandas applications of the selected persons, by person. */
    Map<String, Candidacy> of(PersonSelection persons) {
        return jdbc.sql("select person_number, status, applied_on, decided_on from stay_kandas_status where " + persons.where("person_number"))
                .params(persons.params()).query((rs, n) -> Map.entry(rs.getString(1), new Candidacy(rs.getObject(3, LocalDate.class),
                        "REFUSED".equals(rs.getString(2)) ? rs.getObject(4, LocalDate.class) : null))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
