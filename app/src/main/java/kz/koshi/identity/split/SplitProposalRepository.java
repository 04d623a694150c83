package kz.koshi.identity.split;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The split proposals the reconciling wrote, and the reviewers' decisions on them. */
@Repository
class SplitProposalRepository {

    private final JdbcClient jdbc;

    SplitProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SplitProposal> find(long id) {
        return jdbc.sql("select * from identity_split_proposal where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<SplitProposal> awaiting(int limit, boolean protectedPairs) {
        return jdbc.sql("""
                select * from identity_split_proposal where protected_pair = ? and status in ('OPEN', 'DEFERRED')
                order by created_at, id fetch first ? rows only""")
                .params(protectedPairs, limit).query((rs, n) -> map(rs)).list();
    }

    /** The ids of the source records the proposal would move to a new person. */
    List<Long> leavingRecords(long proposalId) {
        return jdbc.sql("select source_record_id from identity_split_record where proposal_id = ? order by source_record_id")
                .param(proposalId).query(Long.class).list();
    }

    /** Decides the proposal if it still awaits a decision; false when another decision came first. */
    boolean decide(long id, SplitStatus status, String newPerson, String actor, String note, Instant now) {
        return jdbc.sql("""
                update identity_split_proposal set status = ?, new_person = ?, decided_by = ?, decided_at = ?, note = ?
                where id = ? and status in ('OPEN', 'DEFERRED')""")
                .params(status.name(), newPerson, actor, now.atOffset(ZoneOffset.UTC), note, id).update() == 1;
    }

    private static SplitProposal map(ResultSet rs) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new SplitProposal(rs.getLong("id"), rs.getLong("run_id"), rs.getString("person_number"),
                rs.getBoolean("protected_pair"), SplitStatus.valueOf(rs.getString("status")), rs.getString("new_person"),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
