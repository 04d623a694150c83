package kz.koshi.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;
import static kz.koshi.protection.ScreeningRepository.codes;
import static kz.koshi.protection.ScreeningRepository.enums;

/** Referrals between agencies; every hand-over stays here as history. */
@Repository
class ReferralRepository {

    record Row(long caseId, CaseFile.Referral referral) {
    }

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code representativeCipher} is the representative's name encrypted, or null for the person's own consent. */
    long insert(long caseId, String from, NewReferral r, String representativeCipher, String actor, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        ConsentGiver giver = representativeCipher == null ? ConsentGiver.PERSON : ConsentGiver.LEGAL_REPRESENTATIVE;
        jdbc.sql("""
                insert into protection_referral (case_id, from_agency, to_agency, referred_at, referred_by, needs, consent, status,
                consent_by, representative_name, representative_relation)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
                .params(caseId, from, r.toAgency(), utc(at), actor, codes(r.needs()), r.consent(), giver.name(),
                        representativeCipher, representativeCipher == null ? null : r.representativeRelation().name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from protection_referral where id = ?").param(id)
                .query((rs, n) -> new Row(rs.getLong("case_id"), map(rs, null))).optional();
    }

    boolean pending(long caseId) {
        return jdbc.sql("select count(*) from protection_referral where case_id = ? and status = 'PENDING'")
                .param(caseId).query(Long.class).single() > 0;
    }

    void decide(long id, ReferralStatus status, DeclineReason reason, String actor, Instant at) {
        jdbc.sql("update protection_referral set status = ?, decline_reason = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), reason == null ? null : reason.name(), actor, utc(at), id).update();
    }

    /** The case's referrals with the representatives' names decrypted. */
    List<CaseFile.Referral> ofCase(long caseId, NoteCipher cipher) {
        return jdbc.sql("select * from protection_referral where case_id = ? order by referred_at, id").param(caseId)
                .query((rs, n) -> map(rs, cipher)).list();
    }

    List<IncomingReferral> pendingTo(String agency) {
        return jdbc.sql("""
                select r.*, c.case_number, c.region_code, c.sex, c.minor, c.citizenship from protection_referral r
                join protection_case c on c.id = r.case_id where r.to_agency = ? and r.status = 'PENDING' order by r.referred_at""")
                .param(agency).query((rs, n) -> new IncomingReferral(rs.getLong("id"), rs.getString("case_number"),
                        rs.getString("from_agency"), instant(rs, "referred_at"), rs.getString("region_code"), rs.getString("sex"),
                        rs.getBoolean("minor"), !"KAZ".equals(rs.getString("citizenship")),
                        enums(ServiceType.class, rs.getString("needs")), ConsentGiver.valueOf(rs.getString("consent_by")))).list();
    }

    /** Without a cipher the representative's name is left out. */
    private static CaseFile.Referral map(ResultSet rs, NoteCipher cipher) throws SQLException {
        String reason = rs.getString("decline_reason");
        String relation = rs.getString("representative_relation");
        String representative = rs.getString("representative_name");
        return new CaseFile.Referral(rs.getLong("id"), rs.getString("from_agency"), rs.getString("to_agency"),
                instant(rs, "referred_at"), enums(ServiceType.class, rs.getString("needs")), rs.getBoolean("consent"),
                ConsentGiver.valueOf(rs.getString("consent_by")),
                cipher == null || representative == null ? null : cipher.decrypt(representative),
                relation == null ? null : RepresentativeRelation.valueOf(relation),
                ReferralStatus.valueOf(rs.getString("status")), instant(rs, "decided_at"),
                reason == null ? null : DeclineReason.valueOf(reason));
    }
}
