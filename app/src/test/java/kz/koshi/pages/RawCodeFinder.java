package kz.koshi.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one piece of a page's visible text, what an officer should never read: an enum-like token or an enum
 * constant, a message key (or Thymeleaf's {@code ??key_ru??}), a reference code, and on a Russian or Kazakh page
 * an English validator default or a lower-case English word. Each finding is "kind: string".
 */
final class RawCodeFinder {

    private static final Pattern ENUM_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\p{L}\\p{N}_])");
    private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]+(?![\\p{L}\\p{N}_])");
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z0-9]+(?:-[A-Z0-9]+)+(?![\\p{L}\\p{N}_-])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}_.-])[A-Za-z][\\w-]*(?:\\.[\\w-]+)+");
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_@./:-])[a-z]{2,}(?:-[a-z]+)*(?![\\p{L}\\p{N}_@/:-])");
    private static final List<String> VALIDATOR_DEFAULTS = List.of("must not be", "must be ", "size must", "must match",
            "must be a", "is not a valid");

    private final RawCodeVocabulary vocabulary;

    RawCodeFinder(RawCodeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> find(String text, String language) {
        List<String> found = new ArrayList<>();
        matches(ENUM_LIKE, text).forEach(t -> found.add("enum-like: " + t));
        matches(UPPER_WORD, text).stream().filter(vocabulary.enumConstants()::contains)
                .filter(t -> !t.contains("_")).forEach(t -> found.add("enum constant: " + t));
        matches(CODE, text).stream().filter(vocabulary.referenceCodes()::contains).forEach(t -> found.add("reference code: " + t));
        matches(DOTTED, text).stream().filter(vocabulary.messageKeys()::contains).forEach(t -> found.add("message key: " + t));
        matches(MISSING_KEY, text).forEach(t -> found.add("missing message: " + t));
        if (!language.equals("en")) {
            VALIDATOR_DEFAULTS.stream().filter(text::contains).forEach(t -> found.add("English validator default: " + text.strip()));
            matches(LATIN_WORD, text).forEach(t -> found.add("English word: " + t));
        }
        return found;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> all = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            all.add(m.group());
        }
        return all;
    }
}
