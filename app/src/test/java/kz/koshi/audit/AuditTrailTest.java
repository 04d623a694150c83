package kz.koshi.audit;

import java.sql.Connection;
import javax.sql.DataSource;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
@WithMockUser(roles = "ADMIN")
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void entriesAreChainedAndTheChainVerifies() {
        trail.record(AuditEvent.success("TEST_ACTION", "thing", 1));
        trail.record(AuditEvent.success("TEST_ACTION", "thing", 2).because(AuditReason.of("cases-listed", ReasonArg.number(2))));
        AuditEntry first = latest("1");
        AuditEntry second = latest("2");

        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.actor()).isEqualTo("user");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void anEntryCommitsOrRollsBackWithTheActionItRecords() {
        long before = count();
        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditEvent.success("DOOMED_ACTION", "thing", 3));
                throw new IllegalStateException("the action failed");
            });
        } catch (IllegalStateException expected) {
            // the action and its audit entry are both gone
        }
        assertThat(count()).isEqualTo(before);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aSeparateEntryStaysWhenTheActionRollsBack() {
        long before = count();
        try {
            transactions.executeWithoutResult(status -> {
                trail.recordSeparately(new AuditEvent("REFUSED", "thing", "4", null, AuditOutcome.DENIED));
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the refusal stays on record
        }
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void anAlteredEntryIsReportedAsTheFirstBrokenLink() throws Exception {
        trail.record(AuditEvent.success("TEST_ACTION", "thing", 5));
        AuditEntry target = latest("5");
        trail.record(AuditEvent.success("TEST_ACTION", "thing", 6));
        if (isPostgres()) {
            // On PostgreSQL the database itself refuses to change the trail.
            assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory' where id = ?").param(target.id()).update())
                    .isInstanceOf(DataAccessException.class);
            return;
        }
        jdbc.sql("update audit_entry set actor = 'mallory' where id = ?").param(target.id()).update();
        try {
            ChainVerification verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenId()).isEqualTo(target.id());
            assertThat(verification.problem()).contains("content");
        } finally {
            jdbc.sql("update audit_entry set actor = ? where id = ?").params(target.actor(), target.id()).update();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryBreaksTheChain() throws Exception {
        if (isPostgres()) {
            trail.record(AuditEvent.success("TEST_ACTION", "thing", 7));
            AuditEntry entry = latest("7");
            assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(entry.id()).update())
                    .isInstanceOf(DataAccessException.class);
            return;
        }
        trail.record(AuditEvent.success("TEST_ACTION", "thing", 7));
        AuditEntry removed = latest("7");
        trail.record(AuditEvent.success("TEST_ACTION", "thing", 8));
        AuditEntry copy = jdbc.sql("select * from audit_entry where id = ?").param(removed.id())
                .query((rs, n) -> AuditEntries.map(rs)).single();
        jdbc.sql("delete from audit_entry where id = ?").param(removed.id()).update();
        try {
            assertThat(log.verify().firstBrokenId()).isEqualTo(removed.id());
        } finally {
            jdbc.sql("insert into audit_entry (id, occurred_at, actor, agency_code, action, subject_type, subject_id, reason, "
                            + "outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(copy.id(), java.time.OffsetDateTime.ofInstant(copy.occurredAt(), java.time.ZoneOffset.UTC),
                            copy.actor(), copy.agencyCode(), copy.action(), copy.subjectType(), copy.subjectId(),
                            copy.reason(), copy.outcome().name(), copy.prevHash(), copy.hash())
                    .update();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void filtersFindEntries() {
        trail.record(AuditEvent.success("FILTER_ME", "widget", 42));
        AuditLog.Page page = log.search(new AuditFilter(null, null, "FILTER_ME", "widget", "42", AuditOutcome.SUCCESS,
                null, null), 0, 10);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.entries().getFirst().subjectId()).isEqualTo("42");
    }

    @Test
    void theEntriesOfOneTransactionAreChainedInOrderAtItsCommit() {
        long before = count();
        transactions.executeWithoutResult(status -> {
            trail.record(AuditEvent.success("BATCH_ACTION", "thing", 10));
            trail.recordAll(java.util.List.of(AuditEvent.success("BATCH_ACTION", "thing", 11),
                    AuditEvent.success("BATCH_ACTION", "thing", 12)));
            assertThat(count()).as("nothing is written before the commit").isEqualTo(before);
        });
        AuditEntry a = latest("10");
        AuditEntry b = latest("11");
        AuditEntry c = latest("12");
        assertThat(b.id()).isEqualTo(a.id() + 1);
        assertThat(c.id()).isEqualTo(b.id() + 1);
        assertThat(c.prevHash()).isEqualTo(b.hash());
        assertThat(log.verify().intact()).isTrue();
    }

    private AuditEntry latest(String subjectId) {
        return jdbc.sql("select * from audit_entry where subject_type = 'thing' and subject_id = ? order by id desc limit 1")
                .param(subjectId).query((rs, n) -> AuditEntries.map(rs)).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private boolean isPostgres() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
