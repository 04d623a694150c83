package kz.koshi.border;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSplit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records left a person (a reviewer's split, or a merge reverted): each crossing follows the traveller's record it was
 * resolved as to whichever person holds that record now, and presence is taken again for both persons. Bans, cards and
 * guardians were decided for the person the officer knew and stay with it; an officer moves them if they must.
 */
@Component
class BorderPersonSplits {

    private final JdbcClient jdbc;
    private final IdentityResolution identity;

    BorderPersonSplits(JdbcClient jdbc, IdentityResolution identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @ApplicationModuleListener
    public void on(PersonSplit split) {
        String original = split.originalPersonNumber();
        Set<String> persons = new LinkedHashSet<>(Set.of(original, split.newPersonNumber()));
        jdbc.sql("select id, document_country, document_number, direction, occurred_at from border_crossing where person_number = ?")
                .param(original)
                .query((rs, n) -> new Object[] {rs.getLong(1), CrossingRepository.identityOf(rs.getString(2), rs.getString(3),
                        Direction.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant())}).list()
                .forEach(row -> identity.personOfRecord(PersonResolver.SOURCE, (String) row[1])
                        .filter(current -> !current.equals(original)).ifPresent(current -> {
                            jdbc.sql("update border_crossing set person_number = ? where id = ?").params(current, row[0]).update();
                            persons.add(current);
                        }));
        persons.forEach(this::presenceAgain);
    }

    private void presenceAgain(String person) {
        jdbc.sql("delete from border_presence where person_number = ?").param(person).update();
        jdbc.sql("""
                insert into border_presence (person_number, last_direction, last_crossing_id, last_at)
                select person_number, direction, id, occurred_at from border_crossing where person_number = ? and state = 'COMPLETED'
                order by occurred_at desc, id desc limit 1""").param(person).update();
    }
}
