package kz.koshi.identity.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.identity.registry.SourceRecordRepository.utc;

@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String create(Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into identity_person (created_at, updated_at) values (?, ?)").params(utc(now), utc(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        String number = PersonNumber.fromSequence(id).value();
        jdbc.sql("update identity_person set person_number = ? where id = ?").params(number, id).update();
        return number;
    }

    public void saveGolden(PersonSummary p, Instant now) {
        jdbc.sql("""
                update identity_person set surname = ?, given_name = ?, patronymic = ?, birth_date = ?, sex = ?,
                       citizenship = ?, document_number = ?, national_id = ?, record_count = ?, updated_at = ?
                where person_number = ?""")
                .params(p.surname(), p.givenName(), p.patronymic(), p.birthDate(), p.sex(), p.citizenship(),
                        p.documentNumber(), p.nationalId(), p.recordCount(), utc(now), p.personNumber())
                .update();
    }

    public Optional<PersonSummary> find(String personNumber) {
        return jdbc.sql("select * from identity_person where person_number = ? and status = 'ACTIVE'")
                .param(personNumber).query((rs, n) -> map(rs)).optional();
    }

    /** Where a merged number now lives, following the chain of merges. */
    public Optional<String> mergedInto(String personNumber) {
        return jdbc.sql("select merged_into from identity_person where person_number = ? and status = 'MERGED'")
                .param(personNumber).query(String.class).optional();
    }

    public List<PersonSummary> findAll(Collection<String> personNumbers) {
        if (personNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from identity_person where status = 'ACTIVE' and person_number in (:numbers)")
                .param("numbers", personNumbers).query((rs, n) -> map(rs)).list();
    }

    public void markMerged(String merged, String survivor, Instant now) {
        jdbc.sql("update identity_person set status = 'MERGED', merged_into = ?, record_count = 0, updated_at = ? where person_number = ?")
                .params(survivor, utc(now), merged).update();
    }

    public void reactivate(String personNumber, Instant now) {
        jdbc.sql("update identity_person set status = 'ACTIVE', merged_into = null, updated_at = ? where person_number = ?")
                .params(utc(now), personNumber).update();
    }

    public long countActive() {
        return jdbc.sql("select count(*) from identity_person where status = 'ACTIVE'").query(Long.class).single();
    }

    private static PersonSummary map(ResultSet rs) throws SQLException {
        return new PersonSummary(rs.getString("person_number"), rs.getString("surname"), rs.getString("given_name"),
                rs.getString("patronymic"), rs.getString("birth_date"), rs.getString("sex"), rs.getString("citizenship"),
                rs.getString("document_number"), rs.getString("national_id"), rs.getInt("record_count"));
    }
}
