package kz.koshi.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Break-the-glass: an officer not entitled to a case reads it for a limited time after writing why. The
 * grant is audited (without the reason, which may name people) and the reason, encrypted, goes to the
 * report of the supervisors of the agency holding the case.
 */
@Component
class Glass {

    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final AccessRepository access;
    private final NoteCipher cipher;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ProtectionProperties properties;
    private final Clock clock;

    Glass(CaseRepository cases, CaseAccess caseAccess, AccessRepository access, NoteCipher cipher, Timeline timeline,
          AuditTrail audit, ProtectionProperties properties, Clock clock) {
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.access = access;
        this.cipher = cipher;
        this.timeline = timeline;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    long breakGlass(GlassRequest request) {
        Actor actor = Actor.current();
        CaseRow c = cases.findByNumber(request.caseNumber().strip())
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "caseNumber", "protection.glass.no-case"));
        if (caseAccess.mayRead(c, actor)) {
            return c.id();
        }
        Instant now = clock.instant();
        Instant until = now.plus(properties.breakGlassFor());
        long grant = access.grant(c.id(), actor.officerId(), actor.name(), actor.agencyCode(),
                cipher.encrypt(request.reason()), now, until);
        timeline.record(c.id(), "BREAK_THE_GLASS", actor.agencyCode());
        audit.record(AuditEvent.success("CASE_BREAK_THE_GLASS", "protection_case", c.id())
                .because(AuditReason.of("glass-grant", ReasonArg.id(grant), ReasonArg.time(until))));
        return c.id();
    }

    List<SupervisorReport.GlassGrant> report(String agency) {
        return access.grantsOnCasesOf(agency).stream().map(g -> new SupervisorReport.GlassGrant(g.id(), g.caseId(),
                g.caseNumber(), g.actor(), g.agencyCode(), cipher.decrypt(g.reason()), g.grantedAt(), g.expiresAt())).toList();
    }
}
