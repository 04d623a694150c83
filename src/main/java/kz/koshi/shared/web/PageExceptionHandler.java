package kz.koshi.shared.web;

import kz.koshi.shared.DomainProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal raised behind an HTML page (a missing person, a rule that forbids the action) becomes the
 * matching error page with the refusal's own message, never a 500. REST controllers are answered first
 * by {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(DomainProblem.class)
    ModelAndView refused(DomainProblem problem) {
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
}
