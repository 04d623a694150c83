package kz.koshi.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}; a bad token is refused and audited. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(ApiTokens tokens, AuditTrail audit, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.audit = audit;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var principal = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (principal.isEmpty()) {
            audit.recordSeparately(new AuditEvent("API_TOKEN_REJECTED", "api", request.getRequestURI(), null,
                    AuditOutcome.DENIED), "(unknown token)", null);
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
