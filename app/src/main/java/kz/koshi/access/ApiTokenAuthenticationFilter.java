package kz.koshi.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}; a bad token is refused and
 * counted as an anonymous refusal (it names no one). The token's principal is also kept on the request, so
 * that a refusal handled after this filter has cleared the security context still names the token.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AnonymousRefusals anonymous;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(ApiTokens tokens, AnonymousRefusals anonymous, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.anonymous = anonymous;
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
            anonymous.count(RefusalKind.API_TOKEN_REJECTED, request);
            request.setAttribute(ApiProblemHandlers.COUNTED, Boolean.TRUE);
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        request.setAttribute(RefusedActor.TOKEN_ATTRIBUTE, principal.get());
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
