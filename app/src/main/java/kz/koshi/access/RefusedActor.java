package kz.koshi.access;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who was refused: the agency system by its token (id, name and agency) or the officer (id, user name and
 * agency). Empty for a caller who named no one.
 *
 * @param reason the token's or officer's id, as the audit entry's reason
 */
record RefusedActor(String name, String agencyCode, AuditReason reason) {

    /** Set by {@link ApiTokenAuthenticationFilter}: the token's principal outlives its security context. */
    static final String TOKEN_ATTRIBUTE = RefusedActor.class.getName() + ".token";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    static Optional<RefusedActor> of(HttpServletRequest request) {
        if (request.getAttribute(TOKEN_ATTRIBUTE) instanceof SystemPrincipal token) {
            return Optional.of(ofToken(token));
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || TRUST.isAnonymous(auth)) {
            return Optional.empty();
        }
        return Optional.of(switch (auth.getPrincipal()) {
            case SystemPrincipal token -> ofToken(token);
            case OfficerPrincipal officer -> new RefusedActor(officer.actorName(), officer.agencyCode(),
                    AuditReason.of("refused-officer", ReasonArg.id(officer.officerId())));
            default -> new RefusedActor(auth.getName(), null, null);
        });
    }

    private static RefusedActor ofToken(SystemPrincipal token) {
        return new RefusedActor(token.actorName(), token.agencyCode(), AuditReason.of("refused-token", ReasonArg.id(token.tokenId())));
    }
}
