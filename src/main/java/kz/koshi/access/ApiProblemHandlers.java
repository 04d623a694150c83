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

/** 401 and 403 of the API as ProblemDetails; refusals are audited. */
class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter writer;
    private final AuditTrail audit;

    ApiProblemHandlers(ProblemWriter writer, AuditTrail audit) {
        this.writer = writer;
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"koshi\"");
        writer.write(response, Problems.of(ProblemType.UNAUTHENTICATED, "Unauthorized",
                "A valid bearer token is required: Authorization: Bearer <token>."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        audit.recordSeparately(new AuditEvent("API_ACCESS_DENIED", "api", request.getMethod() + " " + request.getRequestURI(),
                null, AuditOutcome.DENIED));
        writer.write(response, Problems.of(ProblemType.FORBIDDEN, "Forbidden",
                "This token does not have the scope this operation needs."));
    }
}
