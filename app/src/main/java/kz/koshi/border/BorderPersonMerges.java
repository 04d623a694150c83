package kz.koshi.border;

import kz.koshi.identity.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reviewer merged two persons: crossings, minors, bans and guardians move to the surviving number. A card
 * moves too unless the survivor has one already; then the merged person's card is revoked (one card per
 * person). Presence is taken again from the survivor's latest completed crossing. Delivered twice (another node
 * republishing the event while this one runs it), the second finds nothing left to move and the presence already taken.
 */
@Component
class BorderPersonMerges {

    private final JdbcClient jdbc;

    BorderPersonMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void on(PersonsMerged merged) {
        String s = merged.survivingPersonNumber();
        String m = merged.mergedPersonNumber();
        for (String table : new String[] {"border_crossing", "border_crossing_minor", "border_ban"}) {
            jdbc.sql("update " + table + " set person_number = ? where person_number = ?").params(s, m).update();
        }
        jdbc.sql("""
                update border_guardian set child_person_number = ? where child_person_number = ? and adult_person_number not in
                (select adult_person_number from border_guardian where child_person_number = ?)""").params(s, m, s).update();
        jdbc.sql("""
                update border_guardian set adult_person_number = ? where adult_person_number = ? and child_person_number not in
                (select child_person_number from border_guardian where adult_person_number = ?)""").params(s, m, s).update();
        jdbc.sql("delete from border_guardian where child_person_number = ? or adult_person_number = ?").params(m, m).update();
        boolean survivorHasCard = jdbc.sql("select count(*) from border_card where person_number = ?").param(s)
                .query(Long.class).single() > 0;
        jdbc.sql(survivorHasCard ? "update border_card set state = 'REVOKED' where person_number = ?"
                : "update border_card set person_number = ? where person_number = ?")
                .params(survivorHasCard ? new Object[] {m} : new Object[] {s, m}).update();
        jdbc.sql("delete from border_presence where person_number in (?, ?)").params(s, m).update();
        jdbc.sql("""
                insert into border_presence (person_number, last_direction, last_crossing_id, last_at)
                select person_number, direction, id, occurred_at from border_crossing where person_number = ? and state = 'COMPLETED'
                order by occurred_at desc, id desc limit 1
                on conflict do nothing""").param(s).update();
    }
}
