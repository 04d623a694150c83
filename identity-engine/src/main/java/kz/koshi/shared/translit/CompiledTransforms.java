package kz.koshi.shared.translit;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import com.ibm.icu.text.Transliterator;

/**
 * ICU transliterators compiled once per thread. ICU's rule-based transliterators are not documented as
 * thread-safe, and compiling rules costs about a millisecond, so each thread keeps its own instances.
 */
final class CompiledTransforms {

    private static final Map<TransliterationScheme, String> RULES = new EnumMap<>(TransliterationScheme.class);

    static {
        for (TransliterationScheme scheme : TransliterationScheme.values()) {
            RULES.put(scheme, table(scheme).toIcuRules());
        }
    }

    private static final ThreadLocal<Map<TransliterationScheme, Transliterator>> TO_LATIN =
            ThreadLocal.withInitial(() -> new EnumMap<>(TransliterationScheme.class));
    private static final ThreadLocal<Transliterator> TO_CYRILLIC =
            ThreadLocal.withInitial(() -> compile("Koshi-Latin-Cyrillic", LatinToCyrillicRules.RULES));
    private static final ThreadLocal<Transliterator> ANY_TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    /** Any script (Han, Arabic, Greek ...) to plain ASCII, for text no table covers. */
    private static final ThreadLocal<Transliterator> ANY_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private CompiledTransforms() {
    }

    static Transliterator toLatin(TransliterationScheme scheme) {
        return TO_LATIN.get().computeIfAbsent(scheme, s -> compile("Koshi-" + s.name(), RULES.get(s)));
    }

    static Transliterator toCyrillic() {
        return TO_CYRILLIC.get();
    }

    static Transliterator anyToLatin() {
        return ANY_TO_LATIN.get();
    }

    static Transliterator latinToAscii() {
        return LATIN_TO_ASCII.get();
    }

    static Transliterator anyToAscii() {
        return ANY_TO_ASCII.get();
    }

    private static Transliterator compile(String id, String rules) {
        return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
    }

    private static CyrillicTable table(TransliterationScheme scheme) {
        Supplier<CyrillicTable> table = switch (scheme) {
            case ICAO_9303 -> PassportTables::icao9303;
            case RUSSIAN_PASSPORT_1997 -> PassportTables::russian1997;
            case KAZAKH_PASSPORT -> PassportTables::kazakhPassport;
            case KAZAKH_LATIN_2017 -> KazakhLatinTables::latin2017;
            case KAZAKH_LATIN_2018 -> KazakhLatinTables::latin2018;
            case KAZAKH_LATIN_2021 -> KazakhLatinTables::latin2021;
            case UZBEK_LATIN -> UzbekLatinTable::uzbekLatin;
        };
        return table.get();
    }
}
