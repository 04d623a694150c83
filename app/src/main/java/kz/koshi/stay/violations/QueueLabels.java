package kz.koshi.stay.violations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The queue's columns in the officer's language, for the exports: translated headers, and each row as the page
 * shows it (type, status and penalty translated, region and country by name, days as 05.05.2026).
 */
@Component
class QueueLabels {

    private static final List<String> HEADERS = List.of("stay.person.number", "stay.queue.name", "stay.queue.citizenship",
            "stay.queue.region", "stay.violation.kind", "stay.violation.since", "stay.violation.days", "stay.violation.sanction",
            "stay.queue.found-on", "stay.queue.status", "stay.handling.protocol", "stay.handling.penalty",
            "stay.handling.fine", "stay.handling.day");
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final MessageSource messages;
    private final ReferenceData reference;

    QueueLabels(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    /** The columns' headers and a row writer, both in {@code locale}. */
    Sheet sheet(Locale locale) {
        Map<String, String> regions = reference.allRegions().stream()
                .collect(Collectors.toMap(r -> r.code(), r -> r.name().in(locale), (a, b) -> a));
        Map<String, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(c -> c.alpha3(), c -> c.name().in(locale), (a, b) -> a));
        List<String> headers = HEADERS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        return new Sheet(headers, row -> List.of(row.personNumber(), row.name(), name(countries, row.citizenship()),
                name(regions, row.regionCode()), text("stay.violation." + row.kind(), locale), day(row.since()),
                String.valueOf(row.days()), text("stay.sanction." + row.sanction(), locale), day(row.foundOn()),
                text(row.suspended() ? "stay.violation.suspended" : "stay.queue.status." + row.state(), locale),
                orEmpty(row.protocolNumber()), row.penalty() == null ? "" : text("stay.handling.penalty." + row.penalty(), locale),
                row.fineTenge() == null ? "" : String.valueOf(row.fineTenge()), day(row.handledOn())));
    }

    /** Headers, and how a row becomes cells. */
    record Sheet(List<String> headers, java.util.function.Function<QueueRow, List<String>> cells) {
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String name(Map<String, String> names, String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
