package kz.koshi.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import kz.koshi.shared.CleanText;

/**
 * One argument of an {@link AuditReason}, typed so that the viewer can name it in the reader's language: a number or
 * an id shown as it is, a day, an instant, a code named by the bundles under a key prefix (an enum's name: {@code
 * label("stay.penalty.", penalty)}), or an agency, region or checkpoint code named by reference data.
 */
public record ReasonArg(Kind kind, String keyPrefix, String value) {

    public enum Kind { NUMBER, IDENTIFIER, DAY, TIME, LABEL, LABELS, AGENCY, REGION, CHECKPOINT }

    public ReasonArg {
        value = value == null ? "" : CleanText.fitted(value, 500);
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    public static ReasonArg number(long number) {
        return new ReasonArg(Kind.NUMBER, null, Long.toString(number));
    }

    public static ReasonArg id(Object id) {
        return new ReasonArg(Kind.IDENTIFIER, null, String.valueOf(id));
    }

    public static ReasonArg day(LocalDate day) {
        return new ReasonArg(Kind.DAY, null, String.valueOf(day));
    }

    /** An instant, shown to the minute in Kazakhstan's time. */
    public static ReasonArg time(Instant at) {
        return new ReasonArg(Kind.TIME, null, String.valueOf(at));
    }

    /** A code or an enum, named by the message {@code keyPrefix + code} (the code itself if there is none). */
    public static ReasonArg label(String keyPrefix, Object code) {
        return new ReasonArg(Kind.LABEL, keyPrefix, code instanceof Enum<?> e ? e.name() : String.valueOf(code));
    }

    /** Several codes or enums, each named as by {@link #label}, in this order. */
    public static ReasonArg labels(String keyPrefix, Collection<?> codes) {
        return new ReasonArg(Kind.LABELS, keyPrefix, codes.stream()
                .map(c -> c instanceof Enum<?> e ? e.name() : String.valueOf(c)).collect(Collectors.joining(",")));
    }

    public static ReasonArg agency(String code) {
        return new ReasonArg(Kind.AGENCY, null, code);
    }

    public static ReasonArg region(String code) {
        return new ReasonArg(Kind.REGION, null, code);
    }

    public static ReasonArg checkpoint(String code) {
        return new ReasonArg(Kind.CHECKPOINT, null, code);
    }
}
