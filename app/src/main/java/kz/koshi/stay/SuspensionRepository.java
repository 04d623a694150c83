package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.StayFacts.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The periods a person's removal is suspended, one per ground and first day; an open end runs until ended. */
@Repository
class SuspensionRepository {

    private final JdbcClient jdbc;

    SuspensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period begins, or the one of the same ground and first day has a new end (an extension). */
    @Transactional
    void start(String person, SuspensionGround ground, LocalDate starts, LocalDate ends) {
        // The same event delivered twice at once (another node republishing it): the insert that loses waits on the key,
        // adds nothing, and the end is set once more.
        if (setEnd(person, ground, starts, ends) == 0 && jdbc.sql("""
                insert into stay_removal_suspension (person_number, ground, starts_on, ends_on) values (?, ?, ?, ?)
                on conflict do nothing""").params(person, ground.name(), starts, ends).update() == 0) {
            setEnd(person, ground, starts, ends);
        }
    }

    private int setEnd(String person, SuspensionGround ground, LocalDate starts, LocalDate ends) {
        return jdbc.sql("update stay_removal_suspension set ends_on = ? where person_number = ? and ground = ? and starts_on = ?")
                .params(ends, person, ground.name(), starts).update();
    }

    /** The periods of the ground that run past the day given end on it. */
    @Transactional
    void end(String person, SuspensionGround ground, LocalDate ended) {
        jdbc.sql("""
                update stay_removal_suspension set ends_on = ? where person_number = ? and ground = ?
                and (ends_on is null or ends_on > ?)""").params(ended, person, ground.name(), ended).update();
    }

    /** Whether a period of the ground is open (no end) for the person. */
    boolean running(String person, SuspensionGround ground) {
        return jdbc.sql("select count(*) from stay_removal_suspension where person_number = ? and ground = ? and ends_on is null")
                .params(person, ground.name()).query(Long.class).single() > 0;
    }

    /** Whether removal is suspended on the day, on any ground. */
    boolean suspendedOn(String person, LocalDate day) {
        return jdbc.sql("""
                select count(*) from stay_removal_suspension where person_number = ? and starts_on <= ?
                and (ends_on is null or ends_on >= ?)""").params(person, day, day).query(Long.class).single() > 0;
    }

    /** The suspension periods of the selected persons, by person, whatever their ground. */
    Map<String, List<Period>> of(PersonSelection persons) {
        return jdbc.sql("select person_number, starts_on, ends_on from stay_removal_suspension where " + persons.where("person_number"))
                .params(persons.params()).query((rs, n) -> Map.entry(rs.getString(1),
                        new Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
