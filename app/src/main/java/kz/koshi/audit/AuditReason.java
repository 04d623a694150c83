package kz.koshi.audit;

import java.util.List;
import java.util.regex.Pattern;

import kz.koshi.shared.CleanText;

/**
 * Why an entry was recorded, so that every reader reads it in their own language: a message key under
 * {@code audit.reason.} with its arguments ({@link ReasonArg}), and, only where an officer typed a reason, the
 * officer's own words, kept and shown as typed and marked as theirs. The key is a key, never text: a key with spaces
 * or capitals is refused, and {@code AuditReasonNamesTest} fails the build on a key missing from ru, kk or en.
 * Ids, counts and codes only: names and other personal data never go into the arguments.
 */
public record AuditReason(String key, List<ReasonArg> args, String officersWords) {

    static final String PREFIX = "audit.reason.";
    static final String OFFICERS_WORDS = "officers-words";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_ARGS = 10;

    public AuditReason {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("An audit reason is a message key under audit.reason. (a-z, 0-9, -), not text: " + key);
        }
        args = List.copyOf(args);
        if (args.size() > MAX_ARGS) {
            throw new IllegalArgumentException("An audit reason takes at most " + MAX_ARGS + " arguments");
        }
        officersWords = officersWords == null || officersWords.isBlank() ? null : CleanText.fitted(officersWords.strip(), 500);
    }

    /** A reason the platform states: {@code of("cases-listed", ReasonArg.number(4))} for {@code audit.reason.cases-listed}. */
    public static AuditReason of(String key, ReasonArg... args) {
        return new AuditReason(key, List.of(args), null);
    }

    /** The reason an officer typed, and nothing else; none if they typed none. */
    public static AuditReason officersWords(String words) {
        return words == null || words.isBlank() ? null : new AuditReason(OFFICERS_WORDS, List.of(), words);
    }

    /** This reason with the reason an officer typed next to it (none if blank). */
    public AuditReason withOfficersWords(String words) {
        return new AuditReason(key, args, words);
    }

    String messageKey() {
        return PREFIX + key;
    }
}
