package kz.koshi.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import kz.koshi.reference.ReferenceData;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names a cell's key in the reader's language: a month by its name, a region or a country by the reference data, a
 * sex, an age group, a purpose or a kind by the bundles ({@code reporting.kind.<FIGURE>.<KIND>}, falling back to
 * {@code reporting.kind.<KIND>}), an article as "art. 128". A key nothing names is shown as it is.
 */
@Component
class CellNames {

    private final MessageSource messages;
    private final ReferenceData reference;

    CellNames(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    String of(Figure figure, Dimension by, String key, Locale locale) {
        if ("UNKNOWN".equals(key)) {
            return message("reporting.cell.unknown", key, locale);
        }
        return switch (by) {
            case TOTAL -> message("reporting.dimension.TOTAL", key, locale);
            case MONTH -> month(key, locale);
            case REGION -> reference.allRegions().stream().filter(r -> r.code().equals(key)).findFirst()
                    .map(r -> r.name().in(locale)).orElse(key);
            case CITIZENSHIP, COUNTRY -> reference.country(key).map(c -> c.name().in(locale)).orElse(key);
            case ARTICLE -> messages.getMessage("reporting.article", new Object[] {key}, locale);
            default -> by.name().equals("CENTRE") ? reference.agency(key).map(a -> a.name().in(locale)).orElse(key)
                    : figure == null ? key : message("reporting.kind." + figure.name() + "." + key,
                    message(CodeLabels.key(figure, by, key), key, locale), locale);
        };
    }

    private String month(String key, Locale locale) {
        try {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(key));
        } catch (DateTimeParseException notAMonth) {
            return key;
        }
    }

    private String message(String code, String otherwise, Locale locale) {
        return messages.getMessage(code, null, otherwise, locale);
    }
}
