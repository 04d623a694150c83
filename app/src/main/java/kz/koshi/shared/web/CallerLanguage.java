package kz.koshi.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request. People keep the language they chose (a cookie; Russian by default). The API is
 * stateless: its callers get the platform language their {@code Accept-Language} asks for (ru, kk or en), and
 * English, the API's language (decision 0003), when they ask for none of them.
 */
class CallerLanguage implements LocaleResolver {

    private final LocaleResolver people;
    private final AcceptHeaderLocaleResolver systems = new AcceptHeaderLocaleResolver();

    CallerLanguage(LocaleResolver people) {
        this.people = people;
        systems.setSupportedLocales(SupportedLanguagesOnly.LANGUAGES.stream().sorted().map(Locale::forLanguageTag).toList());
        systems.setDefaultLocale(Locale.ENGLISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isApi(request) ? systems.resolveLocale(request) : KazakhScript.of(request, people.resolveLocale(request));
    }

    /** The API remembers nothing between requests, so a language switch there changes nothing. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!isApi(request)) {
            people.setLocale(request, response, locale);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
