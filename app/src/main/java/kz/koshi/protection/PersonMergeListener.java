package kz.koshi.protection;

import kz.koshi.identity.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a reviewer merges two persons, the cases of the merged one follow the survivor (the employment module moves its requests). */
@Component
class PersonMergeListener {

    private final JdbcClient jdbc;

    PersonMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        jdbc.sql("update protection_case set person_number = ? where person_number = ?")
                .params(merged.survivingPersonNumber(), merged.mergedPersonNumber()).update();
    }
}
