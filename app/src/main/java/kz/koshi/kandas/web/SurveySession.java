package kz.koshi.kandas.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The survey a browser started or resumed, held in its session (the reference and secret open it again later). */
final class SurveySession {

    private static final String KEY = "kandas.survey";

    private SurveySession() {
    }

    static Optional<Long> current(HttpSession session) {
        return Optional.ofNullable((Long) session.getAttribute(KEY));
    }

    /** A new session id with the survey: a session id seen before it was opened opens nothing. */
    static void open(HttpServletRequest request, long id) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(KEY, id);
    }
}
