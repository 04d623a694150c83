package kz.koshi.reporting.web;

import java.util.Locale;

import kz.koshi.reporting.Figure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each figure's name, definition and source as the bundles define them once ({@code reporting.figure.<F>.name},
 * {@code .definition}, {@code .source}); a definition or source not yet written says so instead of showing a key.
 */
@Component
class Glossary {

    record Entry(Figure figure, String name, String definition, String source, boolean stock) {
    }

    private final MessageSource messages;

    Glossary(MessageSource messages) {
        this.messages = messages;
    }

    Entry entry(Figure figure, Locale locale) {
        String stem = "reporting.figure." + figure.name();
        String missing = messages.getMessage("reporting.glossary.not-written", null, locale);
        return new Entry(figure, messages.getMessage(stem + ".name", null, figure.name(), locale),
                messages.getMessage(stem + ".definition", null, missing, locale),
                messages.getMessage(stem + ".source", null, missing, locale), figure.stock());
    }
}
