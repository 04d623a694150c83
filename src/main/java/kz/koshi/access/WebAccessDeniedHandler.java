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

/** A refused page or form: audited (forged CSRF tokens included), then the HTML 403 page. */
class WebAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditTrail audit;

    WebAccessDeniedHandler(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        String action = e instanceof CsrfException ? "CSRF_REJECTED" : "PAGE_ACCESS_DENIED";
        audit.recordSeparately(new AuditEvent(action, "page", request.getMethod() + " " + request.getRequestURI(),
                null, AuditOutcome.DENIED));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
