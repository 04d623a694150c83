package kz.koshi.access;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every login, failure and logout in the audit trail and counts failures against the source
 * address ({@link LoginThrottle}), never against the account. A user name that matches no account is not
 * recorded as typed (people sometimes type their password there). Entries join the listener's own
 * transaction: one pooled connection per sign-in.
 */
@Component
class LoginAudit {

    private static final String UNKNOWN_ACCOUNT = "(unknown account)";

    private final OfficerRepository officers;
    private final AuditTrail audit;
    private final LoginThrottle throttle;

    LoginAudit(OfficerRepository officers, AuditTrail audit, LoginThrottle throttle) {
        this.officers = officers;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OfficerPrincipal officer) {
            officers.clearFailures(officer.getUsername());
            audit.recordAs(login("LOGIN_SUCCEEDED", AuditOutcome.SUCCESS), officer.actorName(), officer.agencyCode());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        if (attempt.getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
        var officer = officers.findByUsername(attempt.getName());
        String actor = officer.map(Officer::username).orElse(UNKNOWN_ACCOUNT);
        String agency = officer.map(Officer::agencyCode).orElse(null);
        String reason = event.getException().getClass().getSimpleName();
        AuditReason why = AuditReason.of("login-failed", ReasonArg.label("audit.reason.login.", reason));
        audit.recordAs(login("LOGIN_FAILED", AuditOutcome.FAILURE).because(why), actor, agency);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof OfficerPrincipal officer) {
            audit.recordAs(login("LOGOUT", AuditOutcome.SUCCESS), officer.actorName(), officer.agencyCode());
        }
    }

    private static AuditEvent login(String action, AuditOutcome outcome) {
        return new AuditEvent(action, "session", null, null, outcome);
    }
}
