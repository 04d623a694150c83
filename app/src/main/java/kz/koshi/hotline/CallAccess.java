package kz.koshi.hotline;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A call is read by the hotline (its operators and its system) and by the agencies it was routed to, nobody else.
 * Anyone else is told it does not exist, the same as for a call that does not, and the refusal is audited on its own
 * so that it stays on record.
 */
@Component
class CallAccess {

    static final String READ = "hasRole('HOTLINE_OPERATOR') or hasAuthority('SCOPE_hotline:read')";
    static final String WRITE = "hasRole('HOTLINE_OPERATOR') or hasAuthority('SCOPE_hotline:write')";

    private final CallRepository calls;
    private final RouteRepository routes;
    private final AuditTrail audit;

    CallAccess(CallRepository calls, RouteRepository routes, AuditTrail audit) {
        this.calls = calls;
        this.routes = routes;
        this.audit = audit;
    }

    /** The call, with the basis on which the caller may read it; refused as "not found" otherwise. */
    Entitled load(long id, String action) {
        String basis = hotline() ? "HOTLINE" : routes.routedTo(id, CurrentActor.agencyCode()) ? "ROUTED" : null;
        return calls.find(id).filter(c -> basis != null).map(c -> new Entitled(c, basis)).orElseThrow(() -> {
            audit.recordSeparately(new AuditEvent("HOTLINE_CALL_" + action + "_DENIED", "hotline_call", String.valueOf(id),
                    null, AuditOutcome.DENIED));
            return new DomainProblem(ProblemType.NOT_FOUND, "hotline.call.not-found");
        });
    }

    static boolean hotline() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_HOTLINE_OPERATOR") || a.equals("SCOPE_hotline:read") || a.equals("SCOPE_hotline:write"));
    }

    record Entitled(CallFile call, String basis) {
    }
}
