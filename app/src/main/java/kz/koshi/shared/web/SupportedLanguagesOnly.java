package kz.koshi.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets the language switch set only the platform's three languages; anything else is ignored. */
class SupportedLanguagesOnly implements HandlerInterceptor {

    static final Set<String> LANGUAGES = Set.of("ru", "kk", "en");

    private final LocaleChangeInterceptor delegate;

    SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String lang = request.getParameter(delegate.getParamName());
        return lang == null || !LANGUAGES.contains(lang) || delegate.preHandle(request, response, handler);
    }
}
