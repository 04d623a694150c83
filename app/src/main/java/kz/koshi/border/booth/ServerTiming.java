package kz.koshi.border.booth;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The booth's answers carry how long the server took ({@code Server-Timing: app;dur=12.3}, milliseconds from the
 * request's arrival to its first byte or redirect), so the browser benchmark measures the server, not the browser.
 */
class ServerTiming extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Timed(response, System.nanoTime()));
    }

    /** Sets the header once, just before the answer is committed. */
    private static final class Timed extends HttpServletResponseWrapper {
        private final long start;
        private boolean set;

        Timed(HttpServletResponse response, long start) {
            super(response);
            this.start = start;
        }

        private void stamp() {
            if (!set && !isCommitted()) {
                set = true;
                setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - start) / 1e6));
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stamp();
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }
    }
}
