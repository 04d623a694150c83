package kz.koshi.recruitment.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new complaint's id; none when its source and reference were taken already. */
    Optional<Long> insert(String bin, ComplaintSource source, String reference, LocalDate on, String account, String contact, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int added = jdbc.sql("""
                insert into recruitment_complaint (agency_bin, source_kind, source_reference, happened_on, account, contact, received_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(bin, source.name(), reference, on, account, contact, at.atOffset(ZoneOffset.UTC)).update(key, "id");
        return added == 1 ? Optional.of(key.getKey().longValue()) : Optional.empty();
    }

    Optional<Long> bySource(ComplaintSource source, String reference) {
        return jdbc.sql("select id from recruitment_complaint where source_kind = ? and source_reference = ?")
                .params(source.name(), reference).query(Long.class).optional();
    }

    long receivedSince(String bin, Instant from) {
        return jdbc.sql("select count(*) from recruitment_complaint where agency_bin = ? and received_at >= ?")
                .params(bin, from.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    Optional<Complaint> find(long id) {
        return jdbc.sql("select * from recruitment_complaint where id = ?").param(id).query((rs, n) -> new Complaint(rs.getLong("id"),
                rs.getString("agency_bin"), ComplaintSource.valueOf(rs.getString("source_kind")), rs.getString("source_reference"),
                rs.getObject("happened_on", LocalDate.class), rs.getString("account"), rs.getString("contact"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant())).optional();
    }
}
