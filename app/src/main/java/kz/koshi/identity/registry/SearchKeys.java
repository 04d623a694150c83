package kz.koshi.identity.registry;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.shared.translit.Scripts;

/**
 * The keys under which a person can be found: every name part folded by {@link Scripts#matchKey} (so
 * that Юсупов, IUSUPOV and Yusupov are one key), document numbers and IINs without punctuation.
 */
public final class SearchKeys {

    public enum Kind { NAME, DOC, IIN }

    public record Key(Kind kind, String value) {
    }

    private SearchKeys() {
    }

    public static Set<Key> of(IncomingRecord r) {
        Set<Key> keys = new LinkedHashSet<>();
        for (String name : new String[] {r.surname(), r.givenName(), r.patronymic()}) {
            names(name, keys);
        }
        add(keys, Kind.DOC, document(r.documentNumber()));
        add(keys, Kind.IIN, document(r.nationalId()));
        return keys;
    }

    /** Each word of a name part is a key of its own, so "Юсупов Шерзод" is found by either word. */
    static void names(String name, Set<Key> keys) {
        if (name == null) {
            return;
        }
        for (String word : name.split("[\\s\\-]+")) {
            add(keys, Kind.NAME, nameKey(word));
        }
    }

    public static String nameKey(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String key = Scripts.matchKey(word);
        return key == null || key.isBlank() ? null : truncate(key);
    }

    public static String document(String value) {
        if (value == null) {
            return null;
        }
        String folded = value.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : truncate(folded);
    }

    private static void add(Set<Key> keys, Kind kind, String value) {
        if (value != null) {
            keys.add(new Key(kind, value));
        }
    }

    private static String truncate(String value) {
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
