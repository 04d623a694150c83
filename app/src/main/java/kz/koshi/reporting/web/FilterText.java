package kz.koshi.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.naming.CellNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A filter in words, in the reader's language: the period, then each filter set (for a heading or an export). */
@Component
class FilterText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;
    private final CellNames names;

    FilterText(MessageSource messages, CellNames names) {
        this.messages = messages;
        this.names = names;
    }

    String of(Figure figure, ReportFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.getMessage(figure != null && figure.stock() ? "reporting.filter.text.day" : "reporting.filter.text.period",
                new Object[] {DAY.format(filter.from()), DAY.format(filter.to())}, locale));
        add(parts, figure, Dimension.REGION, filter.regionCode(), locale);
        add(parts, figure, Dimension.CITIZENSHIP, filter.citizenship(), locale);
        add(parts, figure, Dimension.SEX, filter.sex(), locale);
        add(parts, figure, Dimension.AGE_GROUP, filter.ageGroup(), locale);
        return String.join("; ", parts);
    }

    private void add(List<String> parts, Figure figure, Dimension dimension, Object value, Locale locale) {
        if (value != null) {
            String key = value instanceof Enum<?> e ? e.name() : value.toString();
            parts.add(messages.getMessage("reporting.dimension." + dimension.name(), null, locale) + ": "
                    + names.of(figure, dimension, key, locale));
        }
    }
}
