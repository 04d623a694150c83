package kz.koshi.shared.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The layout's language switch ({@code ${languageLinks['kk']}}): the same page with the same query, in the other
 * language. A page answering a form's POST switches to the page the form was on (the same-origin referrer); the
 * typed input comes along by {@code koshi.js}.
 */
class LanguageSwitch implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Page page = page(request);
        request.setAttribute("languageLinks", Map.of("ru", to(page, "ru"), "kk", to(page, "kk"), "en", to(page, "en")));
        return true;
    }

    private static String to(Page page, String language) {
        String kept = page.query() == null ? "" : Arrays.stream(page.query().split("&"))
                .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang=")).map(p -> p + "&").collect(Collectors.joining());
        return page.path().replaceFirst("^/+", "/") + "?" + kept + "lang=" + language;
    }

    /** The path and raw query of the page to show again. */
    private record Page(String path, String query) {
    }

    private static Page page(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        URI referrer = read ? null : sameOrigin(request);
        if (referrer != null) {
            return new Page(referrer.getRawPath(), referrer.getRawQuery());
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return new Page(original instanceof String uri ? uri : request.getRequestURI(), read ? request.getQueryString() : null);
    }

    private static URI sameOrigin(HttpServletRequest request) {
        try {
            URI referrer = URI.create(request.getHeader("Referer"));
            return referrer.getRawAuthority() != null && referrer.getRawAuthority().equals(request.getHeader("Host"))
                    && referrer.getRawPath() != null && referrer.getRawPath().startsWith("/") ? referrer : null;
        } catch (RuntimeException noneOrUnreadable) {
            return null;
        }
    }
}
