package kz.koshi.identity.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.jdbc.Sequences;
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

    /** Numbers for new persons, drawn from the person sequence (a person's id is its number's sequence part). */
    public List<String> newNumbers(int count) {
        return Sequences.next(template, "identity_person_seq", count).stream().map(id -> PersonNumber.fromSequence(id).value()).toList();
    }

    /** Inserts new persons, each under a number from {@link #newNumbers}, with their golden records. */
    public void insertAll(Collection<PersonSummary> golden, Instant now) {
        template.batchUpdate("""
                insert into identity_person (surname, given_name, patronymic, birth_date, sex, citizenship, document_number,
                       national_id, record_count, updated_at, person_number, id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", golden, 1000, (ps, p) -> {
            setGolden(ps, p, now);
            ps.setLong(12, new PersonNumber(p.personNumber()).sequence());
            ps.setObject(13, utc(now));
        });
    }

    public void saveGolden(PersonSummary p, Instant now) {
        saveGoldenAll(List.of(p), now);
    }

    public void saveGoldenAll(Collection<PersonSummary> golden, Instant now) {
        template.batchUpdate("""
                update identity_person set surname = ?, given_name = ?, patronymic = ?, birth_date = ?, sex = ?,
                       citizenship = ?, document_number = ?, national_id = ?, record_count = ?, updated_at = ?
                where person_number = ?""", golden, 1000, (ps, p) -> setGolden(ps, p, now));
    }

    /** The golden record's columns and the person number, as parameters 1-11 of the insert and the update. */
    private static void setGolden(PreparedStatement ps, PersonSummary p, Instant now) throws SQLException {
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
