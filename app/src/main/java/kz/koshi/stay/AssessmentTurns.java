package kz.koshi.stay;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One assessment of a person at a time, across threads and nodes: the caller's transaction locks the persons' rows
 * in person-number order (so two assessments never wait on each other in a circle) and keeps them until it commits;
 * a second assessment of the same person then reads what the first wrote, and the facts as they now stand.
 */
@Repository
class AssessmentTurns {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AssessmentTurns(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Waits until no other transaction assesses any of these persons, then holds them until this one ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(Collection<String> persons) {
        List<String> ordered = persons.stream().distinct().sorted().toList();
        if (ordered.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into stay_assessment_turn (person_number) values (?) on conflict do nothing",
                ordered, 1000, (ps, person) -> ps.setString(1, person));
        for (int from = 0; from < ordered.size(); from += 1000) {
            jdbc.sql("select person_number from stay_assessment_turn where person_number in (:persons) order by person_number for update")
                    .param("persons", ordered.subList(from, Math.min(ordered.size(), from + 1000))).query(String.class).list();
        }
    }
}
