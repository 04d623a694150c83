package kz.koshi.shared.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.shared.CleanText;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every text a request brings outside a JSON body (query and form parameters, their names, path variables) must be
 * {@link CleanText clean} before any controller sees it. A refusal names the parameter, never its value: a 400
 * ProblemDetail on the API, the error page with the reason on a form. JSON bodies are checked by {@link IncomingValues}.
 */
class IncomingText implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) {
            // Static resources read nothing and no advice would answer; an error page must show, not refuse again.
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    private static void check(String name, String text) {
        if (!CleanText.isClean(text)) {
            throw new DomainProblem(ProblemType.VALIDATION, CleanText.isClean(name) ? name : "(parameter name)",
                    "koshi.validation.text");
        }
    }
}
