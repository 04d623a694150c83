package kz.koshi.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.ProblemWriter;
import kz.koshi.shared.web.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the API as ProblemDetails. A refused token is audited under its own name and agency; a
 * caller who named no one is counted by {@link AnonymousRefusals}. Both run after the request's
 * transactions have ended, so a refusal's audit entry takes the request's only pooled connection.
 */
class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Set on a request whose refusal has already been counted (an unknown token). */
    static final String COUNTED = ApiProblemHandlers.class.getName() + ".counted";

    private final ProblemWriter writer;
    private final AuditTrail audit;
    private final AnonymousRefusals anonymous;

    ApiProblemHandlers(ProblemWriter writer, AuditTrail audit, AnonymousRefusals anonymous) {
        this.writer = writer;
        this.audit = audit;
        this.anonymous = anonymous;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getAttribute(COUNTED) == null) {
            anonymous.count(RefusalKind.API_UNAUTHENTICATED, request);
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"koshi\"");
        writer.write(response, Problems.of(ProblemType.UNAUTHENTICATED, "Unauthorized",
                "A valid bearer token is required: Authorization: Bearer <token>."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        RefusedActor.of(request).ifPresentOrElse(actor -> audit.recordAs(new AuditEvent("API_ACCESS_DENIED", "api",
                        request.getMethod() + " " + request.getRequestURI(), actor.reason(), AuditOutcome.DENIED),
                        actor.name(), actor.agencyCode()),
                () -> anonymous.count(RefusalKind.API_ACCESS_DENIED, request));
        writer.write(response, Problems.of(ProblemType.FORBIDDEN, "Forbidden",
                "This token does not have the scope this operation needs."));
    }
}
