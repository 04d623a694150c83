package kz.koshi.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused page or form, then the HTML 403 page. A signed-in officer's refusal is audited under the
 * officer's name and agency (forged CSRF tokens included); one by someone not signed in is counted by
 * {@link AnonymousRefusals}.
 */
class WebAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditTrail audit;
    private final AnonymousRefusals anonymous;

    WebAccessDeniedHandler(AuditTrail audit, AnonymousRefusals anonymous) {
        this.audit = audit;
        this.anonymous = anonymous;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        boolean csrf = e instanceof CsrfException;
        RefusedActor.of(request).ifPresentOrElse(actor -> audit.recordAs(new AuditEvent(
                        csrf ? "CSRF_REJECTED" : "PAGE_ACCESS_DENIED", "page", request.getMethod() + " " + request.getRequestURI(),
                        actor.reason(), AuditOutcome.DENIED), actor.name(), actor.agencyCode()),
                () -> anonymous.count(csrf ? RefusalKind.CSRF_REJECTED : RefusalKind.PAGE_ACCESS_DENIED, request));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
