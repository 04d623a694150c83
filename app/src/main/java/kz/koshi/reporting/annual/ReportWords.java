package kz.koshi.reporting.annual;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The bundles in one language; a key another branch has not written yet reads as the given fallback, not a key. */
final class ReportWords {

    private final MessageSource messages;
    private final Locale locale;

    ReportWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The message, or null when the bundles have no such key. */
    String optional(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }
}
