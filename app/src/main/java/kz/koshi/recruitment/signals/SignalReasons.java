package kz.koshi.recruitment.signals;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kz.koshi.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A signal's reason in the reader's language ({@code recruitment.signal.reason.<KIND>}), filled with its facts:
 * {0} first count, {1} second count, {2} amount, {3} norm, {4} currency, {5} country, {6} day, {7} reference.
 */
@Component
class SignalReasons {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;
    private final ReferenceData reference;

    SignalReasons(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    String of(Signal s) {
        Locale locale = LocaleContextHolder.getLocale();
        String country = s.countryCode() == null ? "—"
                : reference.country(s.countryCode()).map(c -> c.name().in(locale)).orElse(s.countryCode());
        Object[] facts = {orZero(s.firstCount()), orZero(s.secondCount()), s.amount() == null ? "—" : s.amount(),
                s.norm() == null ? "—" : s.norm(), s.currency() == null ? "" : s.currency(), country,
                s.factDay() == null ? "—" : DAY.format(s.factDay()), s.reference() == null ? "—" : s.reference()};
        return messages.getMessage("recruitment.signal.reason." + s.kind().name(), facts, locale);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
