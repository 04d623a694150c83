package kz.koshi.shared.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.shared.ProblemType;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop of every error the controllers did not answer themselves (unknown URLs, filters,
 * the container): a ProblemDetail for the API, an HTML page for people. Neither ever shows a stack
 * trace, an exception message or a path.
 */
@Controller
class KoshiErrorController implements ErrorController {

    private final ProblemWriter problems;

    KoshiErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (isApi(request)) {
            problems.write(response, problemFor(request, status));
            return null;
        }
        String view = switch (status) {
            case 403, 404 -> "error/" + status;
            default -> status >= 500 ? "error/500" : "error/generic";
        };
        ModelAndView page = new ModelAndView(view, HttpStatus.valueOf(status));
        page.addObject("status", status);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemFor(request, status));
    }

    private static ProblemDetail problemFor(HttpServletRequest request, int status) {
        ProblemDetail problem = Problems.of(ProblemType.forStatus(status), HttpStatus.valueOf(status).getReasonPhrase(),
                detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            problem.setInstance(uri == null ? null : URI.create(uri.toString()));
        } catch (IllegalArgumentException notAUri) {
            problem.setInstance(null);
        }
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return HttpStatus.resolve(status) == null ? 500 : status;
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 -> "Authentication is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            default -> status >= 500 ? "The request could not be completed." : "The request could not be processed.";
        };
    }
}
