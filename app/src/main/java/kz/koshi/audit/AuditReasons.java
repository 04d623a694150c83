package kz.koshi.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.shared.CodeNames;
import kz.koshi.shared.web.LocalTimes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An entry's reason in the reader's language, for the viewer ({@code ${@auditReasons.platform(e)}}) and the API: the
 * platform's part from its key and arguments, codes and enums named; the officer's words apart, as typed. An entry
 * written before structured reasons reads as it was recorded.
 */
@Component("auditReasons")
public class AuditReasons {

    private final MessageSource messages;
    private final Map<CodeNames.Kind, CodeNames> names;
    private final LocalTimes times;

    AuditReasons(MessageSource messages, List<CodeNames> names, LocalTimes times) {
        this.messages = messages;
        this.times = times;
        this.names = names.stream().collect(Collectors.toUnmodifiableMap(CodeNames::kind, Function.identity()));
    }

    /** What the platform recorded as the reason, in the reader's language; empty if only an officer's words. */
    public String platform(AuditEntry e) {
        if (e.reasonKey() == null) {
            return e.reason() == null ? "" : e.reason();
        }
        if (e.reasonKey().equals(AuditReason.PREFIX + AuditReason.OFFICERS_WORDS)) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = ReasonArgs.decode(e.reasonArgs()).stream().map(a -> named(a, locale)).toArray();
        return messages.getMessage(e.reasonKey(), args, e.reasonKey(), locale);
    }

    /** The reason an officer typed, as typed; none for entries written before structured reasons (their text is all one). */
    public String officersWords(AuditEntry e) {
        return e.reasonKey() == null ? null : e.reason();
    }

    /** The whole reason as one text: the platform's part, then the officer's words marked as theirs. */
    public String text(AuditEntry e) {
        String platform = platform(e);
        String words = officersWords(e);
        if (words == null) {
            return platform;
        }
        String marked = messages.getMessage("audit.reason.officers-words", null, LocaleContextHolder.getLocale()) + ": «" + words + "»";
        return platform.isEmpty() ? marked : platform + "; " + marked;
    }

    private String named(ReasonArg arg, Locale locale) {
        return switch (arg.kind()) {
            case NUMBER, IDENTIFIER, DAY -> arg.value();
            case TIME -> times.minute(Instant.parse(arg.value()));
            case LABEL -> label(arg.keyPrefix(), arg.value(), locale);
            case LABELS -> Arrays.stream(arg.value().split(",")).filter(c -> !c.isEmpty())
                    .map(c -> label(arg.keyPrefix(), c, locale)).collect(Collectors.joining(", "));
            case AGENCY -> code(CodeNames.Kind.AGENCY, arg.value());
            case REGION -> code(CodeNames.Kind.REGION, arg.value());
            case CHECKPOINT -> code(CodeNames.Kind.CHECKPOINT, arg.value());
        };
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private String code(CodeNames.Kind kind, String code) {
        CodeNames namer = names.get(kind);
        return namer == null ? code : namer.of(code);
    }
}
