package kz.koshi.protection;

import kz.koshi.identity.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a reviewer merges two persons, the cases and employment requests of the merged one follow the survivor. */
@Component
class PersonMergeListener {

    private final JdbcClient jdbc;

    PersonMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        for (String table : new String[] {"protection_case", "protection_employment_request"}) {
            jdbc.sql("update " + table + " set person_number = ? where person_number = ?")
                    .params(merged.survivingPersonNumber(), merged.mergedPersonNumber()).update();
        }
    }
}
