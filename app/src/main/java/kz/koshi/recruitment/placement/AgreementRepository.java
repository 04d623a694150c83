package kz.koshi.recruitment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LabourAgreement> all() {
        return jdbc.sql("select * from recruitment_labour_agreement order by country").query((rs, n) -> new LabourAgreement(
                rs.getString("country"), AgreementStatus.valueOf(rs.getString("status")), rs.getObject("since", LocalDate.class),
                rs.getString("source_note"), rs.getBoolean("for_confirmation"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant())).list();
    }

    Optional<AgreementStatus> status(String country) {
        return jdbc.sql("select status from recruitment_labour_agreement where country = ?").param(country)
                .query(String.class).optional().map(AgreementStatus::valueOf);
    }

    void save(AgreementForm f, String actor, Instant at) {
        int changed = jdbc.sql("""
                update recruitment_labour_agreement set status = ?, since = ?, source_note = ?, for_confirmation = ?, updated_by = ?,
                updated_at = ? where country = ?""").params(f.getStatus().name(), f.getSince(), f.getSourceNote(), f.isForConfirmation(),
                actor, at.atOffset(ZoneOffset.UTC), f.getCountry()).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into recruitment_labour_agreement (country, status, since, source_note, for_confirmation, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(f.getCountry(), f.getStatus().name(), f.getSince(), f.getSourceNote(),
                    f.isForConfirmation(), actor, at.atOffset(ZoneOffset.UTC)).update();
        }
    }
}
