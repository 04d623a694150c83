package kz.koshi.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

import kz.koshi.shared.CleanText;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.KazakhstanCalendar;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a value with Jackson's own deserializer, then refuses it when the platform does not take it: text
 * that is not {@link CleanText clean}, a date or instant outside {@link DateMeaning#EARLIEST}..{@link
 * DateMeaning#LATEST}. The refusal is an invalid-format error at the value's path, so the API names the field
 * (never the value) in a 400.
 */
final class CheckedValueDeserializer extends DelegatingDeserializer {

    private static final Instant FIRST_INSTANT = DateMeaning.EARLIEST.atStartOfDay(KazakhstanCalendar.DEFAULT_ZONE).toInstant();
    private static final Instant AFTER_LAST_INSTANT = DateMeaning.LATEST.plusDays(1).atStartOfDay(KazakhstanCalendar.DEFAULT_ZONE).toInstant();

    private final Class<?> type;
    private final Predicate<Object> accepted;

    CheckedValueDeserializer(ValueDeserializer<?> delegate, Class<?> type, Predicate<Object> accepted) {
        super(delegate);
        this.type = type;
        this.accepted = accepted;
    }

    static CheckedValueDeserializer text(ValueDeserializer<?> delegate) {
        return new CheckedValueDeserializer(delegate, String.class, v -> !(v instanceof String s) || CleanText.isClean(s));
    }

    static CheckedValueDeserializer date(ValueDeserializer<?> delegate) {
        return new CheckedValueDeserializer(delegate, LocalDate.class, v -> !(v instanceof LocalDate d) || DateMeaning.isReadable(d));
    }

    static CheckedValueDeserializer instant(ValueDeserializer<?> delegate) {
        return new CheckedValueDeserializer(delegate, Instant.class,
                v -> !(v instanceof Instant i) || isReadable(i));
    }

    /** An instant whose day in Kazakhstan is a readable date. */
    private static boolean isReadable(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
        return new CheckedValueDeserializer(delegatee, type, accepted);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        Object value = super.deserialize(p, ctxt);
        if (!accepted.test(value)) {
            // The value itself stays out of the exception: it may be personal data.
            throw ctxt.weirdStringException("(refused)", type, "not accepted by the platform");
        }
        return value;
    }
}
