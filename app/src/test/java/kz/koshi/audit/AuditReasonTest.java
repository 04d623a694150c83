package kz.koshi.audit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reason is a key, never text; its arguments survive storage; old entries keep their version 1 hash. */
class AuditReasonTest {

    @Test
    void textInPlaceOfAKeyIsRefused() {
        assertThatThrownBy(() -> AuditReason.of("4 cases (searched)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditReason.of("Cases")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditReason.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditReason.of("cases-found", ReasonArg.number(4)).messageKey()).isEqualTo("audit.reason.cases-found");
    }

    @Test
    void anOfficersBlankWordsAreNoReason() {
        assertThat(AuditReason.officersWords("  ")).isNull();
        assertThat(AuditReason.officersWords(" letter 44/26 ").officersWords()).isEqualTo("letter 44/26");
    }

    @Test
    void argumentsReadBackAsTheyWereStated() {
        List<ReasonArg> args = List.of(ReasonArg.number(4), ReasonArg.id("GET /a;b:c%d"), ReasonArg.label("stay.handling.penalty.", "FINE"),
                ReasonArg.labels("role.", List.of("ADMIN", "SUPERVISOR")), ReasonArg.checkpoint("AIR-ALA"),
                ReasonArg.time(Instant.parse("2026-05-05T10:00:00Z")));
        String stored = ReasonArgs.encode(args);
        assertThat(stored).startsWith("NUMBER::4;IDENTIFIER::GET+%2Fa%3Bb%3Ac%25d;LABEL:stay.handling.penalty.:FINE;");
        assertThat(ReasonArgs.decode(stored)).isEqualTo(args);
        assertThat(ReasonArgs.decode("")).isEmpty();
    }

    @Test
    void anEntryWithoutAKeyIsHashedAsBeforeStructuredReasons() {
        AuditEntry old = new AuditEntry(1, Instant.parse("2026-05-05T10:00:00Z"), "admin", "SYSADMIN", "CASELOAD_READ",
                "protection_case", null, "4 cases (searched)", null, null, AuditOutcome.SUCCESS, AuditHash.GENESIS, null);
        // The hash the trail gave this entry before reasons had keys (SHA-256 of the length-prefixed fields).
        assertThat(AuditHash.of(old)).isEqualTo("bebec0617d9f8cc71b23d8b53fd91780f1f160639ad44094ccb68044c407e70f");
    }

    @Test
    void theKeyAndArgumentsAreCoveredByTheHashAndMarkedAsVersionTwo() {
        AuditEntry keyed = new AuditEntry(1, Instant.parse("2026-05-05T10:00:00Z"), "admin", "SYSADMIN", "CASELOAD_READ",
                "protection_case", null, null, "audit.reason.cases-found", "NUMBER::4", AuditOutcome.SUCCESS, AuditHash.GENESIS, null);
        String hash = AuditHash.of(keyed);
        assertThat(AuditHash.of(withArgs(keyed, "NUMBER::5"))).isNotEqualTo(hash);
        assertThat(AuditHash.of(withKey(keyed, "audit.reason.cases-listed"))).isNotEqualTo(hash);
        assertThat(AuditHash.of(withKey(keyed, null))).as("a removed key is no version 1 entry of the same content").isNotEqualTo(hash);
    }

    private static AuditEntry withArgs(AuditEntry e, String args) {
        return new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.agencyCode(), e.action(), e.subjectType(), e.subjectId(),
                e.reason(), e.reasonKey(), args, e.outcome(), e.prevHash(), null);
    }

    private static AuditEntry withKey(AuditEntry e, String key) {
        return new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.agencyCode(), e.action(), e.subjectType(), e.subjectId(),
                e.reason(), key, e.reasonArgs(), e.outcome(), e.prevHash(), null);
    }
}
