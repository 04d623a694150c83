package kz.koshi.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart body that fails only when the dispatcher resolves it (after {@link UnreadableRequestFilter} read
 * the parameters) fails before any controller is chosen, so no controller advice sees it: answered like the
 * filter's refusals.
 */
@Component
class UnreadableRequestResolver implements HandlerExceptionResolver, Ordered {

    private final UnreadableRequestFilter refusal;

    UnreadableRequestResolver(UnreadableRequestFilter refusal) {
        this.refusal = refusal;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!(e instanceof MultipartException)) {
            return null;
        }
        try {
            refusal.refuse(request, response);
        } catch (IOException | ServletException notSent) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
