package kz.koshi.shared.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Cyrillic-to-Latin table written in lower case, compiled to ICU transform rules that also handle
 * Title case (Юсупов: Iusupov) and UPPER case (ЮСУПОВ: IUSUPOV) for multi-letter outputs.
 * Contextual rules come first because ICU applies the first rule that matches. In ICU the text before
 * the cursor is already Latin, so "before" contexts are written as Latin output letters.
 */
final class CyrillicTable {

    /** Output letters that count as a preceding vowel. */
    static final String LATIN_VOWELS = "aeiouyAEIOUY";
    /** Cyrillic vowels (lower case; upper case is added when rules are written). */
    static final String CYRILLIC_VOWELS = "аеёиоуыэюяәөұүіӣӯ";

    private record Rule(String before, boolean wordStart, String source, String after, String target) {
    }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Locale caseLocale;
    private final List<Rule> contextual = new ArrayList<>();
    private final List<Rule> plain = new ArrayList<>();

    CyrillicTable(Locale caseLocale) {
        this.caseLocale = caseLocale;
    }

    /** Space-separated pairs {@code source target}; a target of {@code -} means the letter is dropped. */
    CyrillicTable letters(String pairs) {
        String[] tokens = pairs.trim().split("\\s+");
        for (int i = 0; i + 1 < tokens.length; i += 2) {
            String source = tokens[i];
            plain.removeIf(r -> r.source().equals(source));
            plain.add(new Rule(null, false, source, null, tokens[i + 1].equals("-") ? "" : tokens[i + 1]));
        }
        return this;
    }

    /** At the start of a word: after a non-letter (the caller prefixes the text with a space). */
    CyrillicTable atWordStart(String source, String target) {
        contextual.add(new Rule(null, true, source, null, target));
        return this;
    }

    /** After one of the given Latin output letters. */
    CyrillicTable after(String latinLetters, String source, String target) {
        contextual.add(new Rule(latinLetters, false, source, null, target));
        return this;
    }

    /** Before one of the given Cyrillic letters (lower case given; upper added). */
    CyrillicTable before(String source, String cyrillicLetters, String target) {
        contextual.add(new Rule(null, false, source, cyrillicLetters, target));
        return this;
    }

    CyrillicTable between(String latinBefore, String source, String cyrillicAfter, String target) {
        contextual.add(new Rule(latinBefore, false, source, cyrillicAfter, target));
        return this;
    }

    String toIcuRules() {
        StringBuilder rules = new StringBuilder();
        contextual.forEach(r -> writeCases(r, rules));
        plain.forEach(r -> writeCases(r, rules));
        return rules.toString();
    }

    private void writeCases(Rule r, StringBuilder out) {
        String upperSource = r.source().toUpperCase(RUSSIAN);
        String upper = r.target().toUpperCase(caseLocale);
        String title = r.target().isEmpty() ? "" : upper.substring(0, upper.offsetByCodePoints(0, 1))
                + r.target().substring(r.target().offsetByCodePoints(0, 1));
        String after = r.after();
        write(r, r.source(), after == null ? null : exactSet(after + after.toUpperCase(RUSSIAN)), r.target(), out);
        String upperAfter = after == null ? null : exactSet(after.toUpperCase(RUSSIAN));
        if (r.source().length() == 1) {
            // A capital followed by a small letter starts a Title-case word: Юсупов gives Iusupov.
            write(r, upperSource, after == null ? "[:Ll:]" : exactSet(after), title, out);
        }
        write(r, upperSource, upperAfter, upper, out);
    }

    private void write(Rule r, String source, String after, String target, StringBuilder out) {
        String body = escape(source) + (after == null ? "" : " } " + after) + " > " + escape(target) + " ;\n";
        if (r.wordStart()) {
            // Callers prefix a space, so a word start always has a non-letter before it.
            out.append("[^[:L:]] { ").append(body);
        } else if (r.before() != null) {
            out.append(exactSet(r.before() + r.before().toUpperCase(RUSSIAN))).append(" { ").append(body);
        } else {
            out.append(body);
        }
    }

    private static String exactSet(String letters) {
        return "[" + escape(letters) + "]";
    }

    /** Every character as a \\uXXXX escape, so apostrophes and accents never clash with rule syntax. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
        return escaped.toString();
    }
}
