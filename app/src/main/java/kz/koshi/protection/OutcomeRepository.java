package kz.koshi.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.shared.CriminalStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

/** Outcomes, follow-up contacts and narrative notes (the last two as ciphertext). */
@Repository
class OutcomeRepository {

    private final JdbcClient jdbc;

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, NewOutcome o, String actor) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into protection_outcome (case_id, kind, recorded_on, criminal_article, criminal_stage, reference, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, o.kind().name(), o.recordedOn(), o.kind() == OutcomeKind.CRIMINAL_CASE ? o.criminalArticle() : null,
                        o.kind() == OutcomeKind.CRIMINAL_CASE ? o.criminalStage().name() : null, o.reference(), actor).update(key, "id");
        return key.getKey().longValue();
    }

    List<CaseFile.Outcome> outcomes(long caseId) {
        return jdbc.sql("select * from protection_outcome where case_id = ? order by recorded_on, id").param(caseId)
                .query((rs, n) -> {
                    String stage = rs.getString("criminal_stage");
                    return new CaseFile.Outcome(rs.getLong("id"), OutcomeKind.valueOf(rs.getString("kind")),
                            rs.getObject("recorded_on", LocalDate.class), rs.getString("criminal_article"),
                            stage == null ? null : CriminalStage.valueOf(stage), rs.getString("reference"));
                }).list();
    }

    void followUp(long caseId, NewFollowUp f, String noteCipher, String actor) {
        jdbc.sql("insert into protection_follow_up (case_id, contacted_on, channel, note, recorded_by) values (?, ?, ?, ?, ?)")
                .params(caseId, f.contactedOn(), f.channel().name(), noteCipher, actor).update();
    }

    /** The day of the latest follow-up contact, if any. */
    LocalDate lastFollowUp(long caseId) {
        return jdbc.sql("select contacted_on from protection_follow_up where case_id = ? order by contacted_on desc fetch first 1 rows only")
                .param(caseId).query(LocalDate.class).optional().orElse(null);
    }

    List<CaseFile.FollowUp> followUps(long caseId, NoteCipher cipher) {
        return jdbc.sql("select * from protection_follow_up where case_id = ? order by contacted_on, id").param(caseId)
                .query((rs, n) -> new CaseFile.FollowUp(rs.getLong("id"), rs.getObject("contacted_on", LocalDate.class),
                        FollowUpChannel.valueOf(rs.getString("channel")), cipher.decrypt(rs.getString("note")),
                        rs.getString("recorded_by"))).list();
    }

    void note(long caseId, String bodyCipher, String actor, Instant at) {
        jdbc.sql("insert into protection_note (case_id, written_at, author, body) values (?, ?, ?, ?)")
                .params(caseId, utc(at), actor, bodyCipher).update();
    }

    List<CaseFile.Note> notes(long caseId, NoteCipher cipher) {
        return jdbc.sql("select * from protection_note where case_id = ? order by written_at, id").param(caseId)
                .query((rs, n) -> new CaseFile.Note(rs.getLong("id"), instant(rs, "written_at"), rs.getString("author"),
                        cipher.decrypt(rs.getString("body")))).list();
    }
}
