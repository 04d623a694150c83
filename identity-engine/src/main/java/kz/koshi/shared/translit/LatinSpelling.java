package kz.koshi.shared.translit;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies a scheme's table, then ICU's slower generic passes only when something is left to do:
 * Any-Latin for letters no table covers (Han, Arabic), Latin-ASCII where the scheme demands A-Z.
 * Names repeat heavily in feeds, so results are memoised in a bounded per-scheme cache.
 */
final class LatinSpelling {

    private static final int CACHE_LIMIT = 200_000;
    private static final Map<TransliterationScheme, Map<String, String>> CACHE =
            new EnumMap<>(TransliterationScheme.class);

    static {
        for (TransliterationScheme scheme : TransliterationScheme.values()) {
            CACHE.put(scheme, new ConcurrentHashMap<>());
        }
    }

    private LatinSpelling() {
    }

    static String of(String nfcText, TransliterationScheme scheme) {
        Map<String, String> cache = CACHE.get(scheme);
        String cached = cache.get(nfcText);
        if (cached != null) {
            return cached;
        }
        String latin = convert(nfcText, scheme);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // crude but bounded; a feed's name vocabulary refills it quickly
        }
        cache.put(nfcText, latin);
        return latin;
    }

    private static String convert(String text, TransliterationScheme scheme) {
        // The leading space lets word-start rules (Е: YE) see a non-letter before the first word.
        String latin = CompiledTransforms.toLatin(scheme).transliterate(" " + text).substring(1);
        if (hasNonLatinLetter(latin)) {
            latin = CompiledTransforms.anyToLatin().transliterate(latin);
        }
        if (hasNonLatinLetter(latin)) {
            latin = cyrillicLeftovers(latin); // Cyrillic letters ICU's Any-Latin does not know, e.g. Tajik Ҳ
        }
        if (scheme.asciiOnly() && latin.chars().anyMatch(c -> c > 0x7F)) {
            latin = CompiledTransforms.latinToAscii().transliterate(latin);
        }
        return scheme.asciiOnly() ? dropNonAscii(latin) : latin;
    }

    /** What ICU's Latin-ASCII leaves (Azerbaijani Ə: A, as in ALIYEV) is folded by our own table or dropped. */
    private static String dropNonAscii(String text) {
        if (text.chars().allMatch(c -> c <= 0x7F)) {
            return text;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c <= 0x7F ? String.valueOf(c) : LatinFolding.fold(c);
            if (folded != null) {
                ascii.append(Character.isUpperCase(c) ? folded.toUpperCase(java.util.Locale.ROOT) : folded);
            }
        }
        return ascii.toString();
    }

    private static String cyrillicLeftovers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String latin = CyrillicKeyLetters.latin(c);
            if (latin == null) {
                out.append(c);
            } else if (!latin.isEmpty()) {
                out.append(Character.isUpperCase(c) ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            }
        }
        return out.toString();
    }

    private static boolean hasNonLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x24F && Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }
}
