package kz.koshi.stay;

import kz.koshi.identity.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A reviewer merged two persons: registrations, permits, expulsions, violations, removal suspensions and expulsion reviews move to the survivor. */
@Component
class StayPersonMerges {

    private final JdbcClient jdbc;
    private final ViolationDetector detector;

    StayPersonMerges(JdbcClient jdbc, ViolationDetector detector) {
        this.jdbc = jdbc;
        this.detector = detector;
    }

    @ApplicationModuleListener
    public void on(PersonsMerged merged) {
        String s = merged.survivingPersonNumber();
        String m = merged.mergedPersonNumber();
        for (String table : new String[] {"stay_registration", "stay_permit", "stay_expulsion"}) {
            jdbc.sql("update " + table + " set person_number = ? where person_number = ?").params(s, m).update();
        }
        jdbc.sql("""
                delete from stay_violation where person_number = ? and exists (select 1 from stay_violation v
                where v.person_number = ? and v.kind = stay_violation.kind and v.since = stay_violation.since)""").params(m, s).update();
        jdbc.sql("update stay_violation set person_number = ? where person_number = ?").params(s, m).update();
        jdbc.sql("""
                delete from stay_removal_suspension where person_number = ? and exists (select 1 from stay_removal_suspension x
                where x.person_number = ? and x.ground = stay_removal_suspension.ground
                and x.starts_on = stay_removal_suspension.starts_on)""").params(m, s).update();
        jdbc.sql("update stay_removal_suspension set person_number = ? where person_number = ?").params(s, m).update();
        jdbc.sql("""
                delete from stay_expulsion_review where person_number = ? and exists (select 1 from stay_expulsion_review x
                where x.person_number = ? and x.latest_since = stay_expulsion_review.latest_since)""").params(m, s).update();
        jdbc.sql("update stay_expulsion_review set person_number = ? where person_number = ?").params(s, m).update();
        detector.detect(s, "EVENT");
    }
}
