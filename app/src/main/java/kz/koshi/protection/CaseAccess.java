package kz.koshi.protection;

import java.time.Clock;

import kz.koshi.access.Role;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Record-level access to victim cases. A case is open to its assigned workers, the supervisors of the
 * agency holding it, that agency's other social workers when so configured, and that agency's systems;
 * anyone else only through a live break-the-glass grant (reading only). Every read is audited with its
 * basis; every refusal is audited on its own, so it stays on record although nothing happened.
 */
@Component
class CaseAccess {

    enum Basis { ASSIGNED, SUPERVISOR, AGENCY, AGENCY_SYSTEM, BREAK_THE_GLASS, NONE }

    private final CaseRepository cases;
    private final AccessRepository access;
    private final AuditTrail audit;
    private final ProtectionProperties properties;
    private final Clock clock;

    CaseAccess(CaseRepository cases, AccessRepository access, AuditTrail audit, ProtectionProperties properties, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    Basis basis(CaseRow c, Actor a, String scope) {
        if (!a.officer()) {
            return a.hasScope(scope) && c.ownerAgency().equals(a.agencyCode()) ? Basis.AGENCY_SYSTEM : Basis.NONE;
        }
        if (c.ownerAgency().equals(a.agencyCode())) {
            if (a.has(Role.CASE_SUPERVISOR)) {
                return Basis.SUPERVISOR;
            }
            if (a.has(Role.SOCIAL_WORKER) && access.assigned(c.id(), a.officerId())) {
                return Basis.ASSIGNED;
            }
            if (a.has(Role.SOCIAL_WORKER) && properties.agencyWideAccess()) {
                return Basis.AGENCY;
            }
        }
        return access.activeGrant(c.id(), a.officerId(), clock.instant()) ? Basis.BREAK_THE_GLASS : Basis.NONE;
    }

    boolean mayRead(CaseRow c, Actor a) {
        return basis(c, a, "protection:read") != Basis.NONE;
    }

    /** Loads a case for reading, audits the read (joining the caller's transaction) or refuses. */
    CaseRow read(long caseId) {
        Actor actor = Actor.current();
        CaseRow c = cases.find(caseId).orElseThrow(() -> denied(caseId, "CASE_READ_DENIED"));
        Basis basis = basis(c, actor, "protection:read");
        if (basis == Basis.NONE) {
            throw denied(caseId, "CASE_READ_DENIED");
        }
        audit.record(AuditEvent.success("CASE_READ", "protection_case", caseId).because(AuditReason.of("case-file-read", ReasonArg.label("audit.reason.case-basis.", basis))));
        return c;
    }

    /** Loads a case for a change; break-the-glass grants do not allow changes. The change audits itself. */
    CaseRow write(long caseId) {
        CaseRow c = cases.find(caseId).orElseThrow(() -> denied(caseId, "CASE_WRITE_DENIED"));
        Basis basis = basis(c, Actor.current(), "protection:write");
        if (basis == Basis.NONE || basis == Basis.BREAK_THE_GLASS) {
            throw denied(caseId, "CASE_WRITE_DENIED");
        }
        return c;
    }

    /** The same answer whether the case does not exist or is not the caller's: no existence leaks out. */
    AccessDeniedException denied(Object subjectId, String action) {
        audit.recordSeparately(new AuditEvent(action, "protection_case", String.valueOf(subjectId), null, AuditOutcome.DENIED));
        return new AccessDeniedException("protection.case.not-yours");
    }
}
