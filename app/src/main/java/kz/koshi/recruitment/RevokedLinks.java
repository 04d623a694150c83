package kz.koshi.recruitment;

import java.util.Set;
import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person behind a revoked agency: those of an application's founders and managers who stood behind another
 * agency whose current licence is revoked (matched by person number, so the identity registry's resolution decides
 * who is the same person).
 */
@Repository
public class RevokedLinks {

    private final JdbcClient jdbc;

    RevokedLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(long applicationId) {
        return new HashSet<>(jdbc.sql("""
                select distinct p.person_number from recruitment_application_person p
                join recruitment_application a on a.id = p.application_id
                join recruitment_licence l on l.agency_id = a.agency_id and l.status = 'REVOKED'
                  and l.id = (select max(x.id) from recruitment_licence x where x.agency_id = a.agency_id)
                where a.agency_id <> (select agency_id from recruitment_application where id = ?)
                  and p.person_number in (select person_number from recruitment_application_person where application_id = ?)""")
                .params(applicationId, applicationId).query(String.class).list());
    }
}
