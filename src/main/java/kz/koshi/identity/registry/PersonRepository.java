package kz.koshi.identity.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.jdbc.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.identity.registry.SourceRecordRepository.utc;

@Repository
public class PersonRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Creates persons and returns their new numbers, which come from the row ids (see PersonNumber). */
    public List<String> createAll(int count, Instant now) {
        if (count == 0) {
            return List.of();
        }
        List<Long> ids = BatchInsert.returningIds(template, "insert into identity_person (created_at, updated_at) values (?, ?)",
                Collections.nCopies(count, utc(now)), at -> new Object[] {at, at});
        template.batchUpdate("update identity_person set person_number = ? where id = ?", ids, 1000, (ps, id) -> {
            ps.setString(1, PersonNumber.fromSequence(id).value());
            ps.setLong(2, id);
        });
        return ids.stream().map(id -> PersonNumber.fromSequence(id).value()).toList();
    }

    /** Removes persons created for a batch that needed fewer; they hold no record and were never seen. */
    public void discardUnused(Collection<String> personNumbers) {
        if (!personNumbers.isEmpty()) {
            jdbc.sql("delete from identity_person where person_number in (:numbers) and record_count = 0")
                    .param("numbers", personNumbers).update();
        }
    }

    public void saveGolden(PersonSummary p, Instant now) {
        saveGoldenAll(List.of(p), now);
    }

    public void saveGoldenAll(Collection<PersonSummary> golden, Instant now) {
        template.batchUpdate("""
                update identity_person set surname = ?, given_name = ?, patronymic = ?, birth_date = ?, sex = ?,
                       citizenship = ?, document_number = ?, national_id = ?, record_count = ?, updated_at = ?
                where person_number = ?""", golden, 1000, (ps, p) -> {
            ps.setString(1, p.surname());
            ps.setString(2, p.givenName());
            ps.setString(3, p.patronymic());
            ps.setObject(4, p.birthDate());
            ps.setString(5, p.sex());
            ps.setString(6, p.citizenship());
            ps.setString(7, p.documentNumber());
            ps.setString(8, p.nationalId());
            ps.setInt(9, p.recordCount());
            ps.setObject(10, utc(now));
            ps.setString(11, p.personNumber());
        });
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
