package kz.koshi.kandas.web;

import java.util.Locale;

import kz.koshi.kandas.engine.Profession;
import kz.koshi.kandas.engine.Reason;
import kz.koshi.kandas.engine.RegionCode;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's explanations into words ({@code ${@kandasText.reason(r, #locale)}}): each argument in the reader's
 * language (a profession by its message, a region by its name), then the reason's message.
 */
@Component("kandasText")
public class KandasText {

    private final MessageSource messages;
    private final ReferenceData reference;

    KandasText(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    public String reason(Reason reason, Locale locale) {
        Object[] args = reason.arguments().stream().map(a -> word(a, locale)).toArray();
        return messages.getMessage(reason.key(), args, locale);
    }

    public String region(String code, Locale locale) {
        return reference.allRegions().stream().filter(r -> r.code().equals(code)).findFirst().map(r -> r.name().in(locale)).orElse(code);
    }

    private Object word(Object argument, Locale locale) {
        if (argument instanceof Profession p) {
            return messages.getMessage("kandas.profession." + p.name(), null, locale);
        }
        if (argument instanceof RegionCode r) {
            return region(r.code(), locale);
        }
        return argument instanceof Number n ? String.valueOf(n) : argument;
    }

    /** The regions a family may name, in the reader's language. */
    public java.util.List<Region> regions(java.time.LocalDate day) {
        return reference.regionsOn(day);
    }
}
