package kz.koshi.stay;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.kandas.ApplicationStatus;
import kz.koshi.kandas.KandasStatusChanged;
import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.StayFacts.Candidacy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The kandas applications stay knows of: the day each was made, and the decision with its day. Each status writes its
 * own columns, so that events taken in any order leave the same row.
 */
@Repository
class KandasStatusRepository {

    private final JdbcClient jdbc;

    KandasStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(KandasStatusChanged changed) {
        String person = changed.personNumber();
        boolean applied = changed.status() == ApplicationStatus.APPLIED;
        String set = applied ? "applied_on = ?" : "decision = ?, decided_on = ?";
        Object[] values = applied ? new Object[] {changed.on(), person} : new Object[] {changed.status().name(), changed.on(), person};
        String update = "update stay_kandas_status set " + set + " where person_number = ?";
        if (jdbc.sql(update).params(values).update() == 0) {
            try {
                jdbc.sql("insert into stay_kandas_status (person_number, applied_on, decision, decided_on) values (?, ?, ?, ?)")
                        .params(person, applied ? changed.on() : null, applied ? null : changed.status().name(), applied ? null : changed.on())
                        .update();
            } catch (DuplicateKeyException theOtherEventInsertedFirst) {
                jdbc.sql(update).params(values).update();
            }
        }
    }

    /** The kandas applications of the selected persons, by person; a refusal's day ends one, a grant does not. */
    Map<String, Candidacy> of(PersonSelection persons) {
        return jdbc.sql("select person_number, decision, applied_on, decided_on from stay_kandas_status where applied_on is not null and "
                        + persons.where("person_number"))
                .params(persons.params()).query((rs, n) -> Map.entry(rs.getString(1), new Candidacy(rs.getObject(3, LocalDate.class),
                        "REFUSED".equals(rs.getString(2)) ? rs.getObject(4, LocalDate.class) : null))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
