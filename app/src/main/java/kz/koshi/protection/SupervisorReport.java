package kz.koshi.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.protection.rules.ExtensionReason;

/**
 * The supervisor's view: extensions to approve, referrals to decide, break-the-glass grants on the agency's
 * cases, and each social worker's number of open cases (to balance the work when reassigning).
 */
public record SupervisorReport(List<PendingExtension> extensions, List<IncomingReferral> referrals, List<GlassGrant> grants,
                               List<Workload> workload) {

    public record Workload(long officerId, String name, long openCases) {
    }

    public record PendingExtension(long id, long caseId, String caseNumber, ExtensionReason reason, LocalDate periodEndsOn,
                                   LocalDate until, String requestedBy, Instant requestedAt) {
    }

    public record GlassGrant(long id, long caseId, String caseNumber, String actor, String agencyCode, String reason,
                             Instant grantedAt, Instant expiresAt) {
    }
}
