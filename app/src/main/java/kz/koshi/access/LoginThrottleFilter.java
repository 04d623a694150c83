package kz.koshi.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from an address that has failed too often, before the password is even checked, and
 * counts the refusal as anonymous (it names no one). The address is the connection's, or the forwarded one
 * only when {@code server.forward-headers-strategy} says a trusted proxy is in front.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AnonymousRefusals anonymous;

    LoginThrottleFilter(LoginThrottle throttle, AnonymousRefusals anonymous) {
        this.throttle = throttle;
        this.anonymous = anonymous;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.refuses(request.getRemoteAddr())) {
            anonymous.count(RefusalKind.LOGIN_THROTTLED, request);
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
