package kz.koshi.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import kz.koshi.shared.DomainProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal raised behind an HTML page (a missing person, a rule that forbids the action) becomes the
 * matching error page with the refusal's own message in the reader's language, never a 500 (a JSON client gets the
 * ProblemDetail). REST controllers are answered first
 * by {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** A client that asks for JSON and not HTML (a script fetching an export) gets the ProblemDetail instead. */
    @ExceptionHandler(DomainProblem.class)
    Object refused(DomainProblem problem, HttpServletRequest request) {
        if (wantsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            String text = messages.getMessage(problem.getMessage(), problem.arguments(), problem.getMessage(), Locale.ENGLISH);
            return ResponseEntity.status(problem.type().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(problem, text));
        }
        HttpStatus status = problem.type().status();
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> "error/generic";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("problemMessage", problem.getMessage());
        return page;
    }

    static boolean wantsJson(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
