package kz.koshi.audit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Writes a request's deferred entries ({@link DeferredEntries}) when it no longer holds a connection. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AfterRequestEntries extends OncePerRequestFilter {

    private final AuditTrail trail;

    AfterRequestEntries(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DeferredEntries deferred = new DeferredEntries();
        request.setAttribute(DeferredEntries.ATTRIBUTE, deferred);
        try {
            chain.doFilter(request, response);
        } finally {
            List<ChainAppender.Pending> entries = deferred.drain();
            if (!entries.isEmpty()) {
                trail.writeDeferred(entries);
            }
        }
    }
}
