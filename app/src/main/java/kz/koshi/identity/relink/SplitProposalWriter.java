package kz.koshi.identity.relink;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Split proposals (V237): written by reconciling, decided on the review side. */
@Repository
class SplitProposalWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SplitProposalWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The record sets of the person's split proposals that are open, deferred or rejected. */
    Set<Set<Long>> pendingOrRejected(String person) {
        Map<Long, Set<Long>> byProposal = new TreeMap<>();
        jdbc.sql("""
                select p.id, r.source_record_id from identity_split_proposal p join identity_split_record r on r.proposal_id = p.id
                where p.person_number = ? and p.status in ('OPEN', 'DEFERRED', 'REJECTED')""").param(person)
                .query((rs, n) -> byProposal.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2))).list();
        return new HashSet<>(byProposal.values());
    }

    void open(long run, String person, boolean protectedPair, Set<Long> leaving, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        template.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    insert into identity_split_proposal (run_id, person_number, protected_pair, status, created_at)
                    values (?, ?, ?, 'OPEN', ?)""", new String[] {"id"});
            ps.setLong(1, run);
            ps.setString(2, person);
            ps.setBoolean(3, protectedPair);
            ps.setObject(4, now.atOffset(ZoneOffset.UTC));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        template.batchUpdate("insert into identity_split_record (proposal_id, source_record_id) values (?, ?)",
                new ArrayList<>(leaving), 1000, (ps, record) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, record);
                });
    }
}
