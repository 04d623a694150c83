package kz.koshi.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, for a request it could not read far enough to hand to Koshi (a request line longer than
 * {@code server.max-http-request-header-size}): Koshi's error page, not Tomcat's. The reader's language is known only
 * when the request's headers were read; otherwise the page says it in Russian, Kazakh and English. An address under
 * {@code /api/} gets a ProblemDetail.
 */
final class ContainerErrorPage extends ErrorReportValve {

    private static final List<Locale> ALL = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"), Locale.ENGLISH);

    private final MessageSource messages;

    ContainerErrorPage(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !ioAllowed.get()) {
            return;
        }
        boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(response.getStatus()) : page(languages(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // The client has gone or the response was taken over: there is no one left to tell.
        }
    }

    private static String problem(int status) {
        return "{\"type\":\"urn:koshi:problem:malformed-request\",\"title\":\"Bad request\",\"status\":" + status
                + ",\"detail\":\"The request could not be read (too long or malformed).\"}";
    }

    private String page(List<Locale> languages) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(languages.getFirst().getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text("error.request.title", languages.getFirst())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/css/koshi.css\"></head><body><main class=\"narrow\">");
        for (Locale language : languages) {
            html.append("<section lang=\"").append(language.getLanguage()).append("\"><h1>").append(text("error.request.title", language))
                    .append("</h1><p>").append(text("error.request.text", language)).append("</p><p><a href=\"/\">")
                    .append(text("common.back-home", language)).append("</a></p></section>");
        }
        return html.append("</main></body></html>").toString();
    }

    private String text(String key, Locale language) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, language));
    }

    /** The language the request asked for, if its headers were read and it is one of Koshi's; otherwise all three. */
    private static List<Locale> languages(Request request) {
        String accept = request.getHeader("Accept-Language");
        if (accept == null) {
            return ALL;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accept), ALL);
            return chosen == null ? ALL : List.of(chosen);
        } catch (IllegalArgumentException unreadable) {
            return ALL;
        }
    }
}
