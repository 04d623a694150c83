package kz.koshi.access;

import java.time.Clock;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, locks an account after too many, and records every login, failure and logout in
 * the audit trail. A user name that matches no account is not recorded as typed (people sometimes type
 * their password there).
 */
@Component
class LoginAudit {

    private static final String UNKNOWN_ACCOUNT = "(unknown account)";

    private final OfficerRepository officers;
    private final AuditTrail audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAudit(OfficerRepository officers, AuditTrail audit, SecurityProperties properties, Clock clock) {
        this.officers = officers;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OfficerPrincipal officer) {
            officers.clearFailures(officer.getUsername());
            audit.recordSeparately(login("LOGIN_SUCCEEDED", AuditOutcome.SUCCESS), officer.actorName(), officer.agencyCode());
        }
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String username = event.getAuthentication().getName();
        var officer = officers.findByUsername(username);
        String actor = officer.map(Officer::username).orElse(UNKNOWN_ACCOUNT);
        String agency = officer.map(Officer::agencyCode).orElse(null);
        String reason = event.getException().getClass().getSimpleName();
        audit.recordSeparately(login("LOGIN_FAILED", AuditOutcome.FAILURE).because(reason), actor, agency);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && officer.isPresent()
                && officers.countFailure(username) >= properties.maxFailedLogins()) {
            officers.lock(username, clock.instant().plus(properties.lockoutDuration()));
            audit.recordSeparately(login("ACCOUNT_LOCKED", AuditOutcome.SUCCESS)
                    .because(properties.maxFailedLogins() + " failed logins"), actor, agency);
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof OfficerPrincipal officer) {
            audit.recordSeparately(login("LOGOUT", AuditOutcome.SUCCESS), officer.actorName(), officer.agencyCode());
        }
    }

    private static AuditEvent login(String action, AuditOutcome outcome) {
        return new AuditEvent(action, "session", null, null, outcome);
    }
}
