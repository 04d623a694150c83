package kz.koshi.protection;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.employment.EmploymentReferrals;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSplit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a merge is undone, each case and each person named in a case follows its own identity record to
 * whichever person it belongs to now; employment requests follow their case.
 */
@Component
class PersonSplitListener {

    private final JdbcClient jdbc;
    private final IdentityResolution identity;
    private final EmploymentRepository employment;
    private final EmploymentReferrals referrals;

    PersonSplitListener(JdbcClient jdbc, IdentityResolution identity, EmploymentRepository employment, EmploymentReferrals referrals) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.employment = employment;
        this.referrals = referrals;
    }

    @ApplicationModuleListener
    void on(PersonSplit split) {
        List<Long> movedCases = new ArrayList<>();
        for (String table : new String[] {"protection_case", "protection_case_party"}) {
            jdbc.sql("select id, identity_record_id from " + table + " where person_number = ? and identity_record_id is not null")
                    .param(split.originalPersonNumber())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                    .forEach(row -> identity.personOfRecord(PersonRegistry.SOURCE, row[1])
                            .filter(current -> !current.equals(split.originalPersonNumber()))
                            .ifPresent(current -> {
                                jdbc.sql("update " + table + " set person_number = ? where id = ?")
                                        .params(current, Long.parseLong(row[0])).update();
                                if (table.equals("protection_case")) {
                                    movedCases.add(Long.parseLong(row[0]));
                                }
                            }));
        }
        employment.ofCases(movedCases).forEach(r -> referrals.follow(r.requestId(), r.personNumber()));
    }
}
