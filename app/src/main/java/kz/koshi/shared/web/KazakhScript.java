package kz.koshi.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Kazakh in Latin script, as a choice of the reader ({@code ?script=latn}, back with {@code ?script=cyrl}), kept in a
 * cookie like the language. Kazakh pages are then read in locale {@code kk-Latn}: the same Kazakh texts, transliterated
 * by the 2021 Kazakh Latin alphabet ({@link KazakhLatinMessages}); other languages are not affected.
 */
public final class KazakhScript implements HandlerInterceptor {

    static final String COOKIE = "koshi-script";
    static final String LATIN = "latn";
    public static final Locale KAZAKH_LATIN = new Locale.Builder().setLanguage("kk").setScript("Latn").build();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String script = request.getParameter("script");
        if (LATIN.equals(script) || "cyrl".equals(script)) {
            Cookie cookie = new Cookie(COOKIE, script);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
            request.setAttribute(COOKIE, script);
        }
        return true;
    }

    /** Kazakh read in Latin script when the reader chose it; any other locale as it is. */
    static Locale of(HttpServletRequest request, Locale locale) {
        return "kk".equals(locale.getLanguage()) && LATIN.equals(chosen(request)) ? KAZAKH_LATIN : locale;
    }

    /** Whether a locale is Kazakh in Latin script. */
    public static boolean isLatin(Locale locale) {
        return locale != null && "kk".equals(locale.getLanguage()) && "Latn".equals(locale.getScript());
    }

    private static String chosen(HttpServletRequest request) {
        Object now = request.getAttribute(COOKIE);
        if (now != null) {
            return now.toString();
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
