package kz.koshi.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's parameters before anything else does: a body the container cannot parse (multipart with
 * no boundary or a broken one) would otherwise throw from the first filter that asks for a parameter (the CSRF
 * check, the language switch) and end as a 500 with a stack trace. It is the caller's fault: 400, a ProblemDetail
 * on the API, the HTML error page elsewhere, and one log line with no stack trace and no content.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequestFilter.class);

    private final ProblemWriter problems;

    UnreadableRequestFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Parameters are parsed once, here, before Spring's encoding filter could run: read them as UTF-8 as it would
        // (server.servlet.encoding forces UTF-8 on requests), or every Cyrillic form value would arrive garbled.
        request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (HttpMessageNotReadableException unreadable) {
            // Only filters get here (controllers' own are answered by their advice): the form body of a PUT or a
            // DELETE, which FormContentFilter parses, not the container.
            if (response.isCommitted()) {
                throw unreadable;
            }
            response.reset();
            refuse(request, response);
        }
    }

    /** The page is rendered from a copy of the request without its body, so that nothing tries to parse it again. */
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        log.info("Refused a request whose body cannot be read: {} {}", request.getMethod(),
                request.getContentType() == null ? "" : request.getContentType().split(";")[0]);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(response, Problems.of(ProblemType.MALFORMED_REQUEST, "Bad Request",
                    "The request body cannot be read."));
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }

    /** The request as the error page sees it: a GET with no parameters and no body. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
