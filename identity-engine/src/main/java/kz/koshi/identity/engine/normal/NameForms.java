package kz.koshi.identity.engine.normal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grammatical and familiar forms that name the same person: feminine surnames (Ахметова ~ Ахметов),
 * patronymic suffixes (Серикович, Серикұлы ~ father Серик) and short given names (Саша ~ Александр).
 * Works on Latin match keys, so one rule covers every script the keys came from.
 */
public final class NameForms {

    // Longest first: "skaya" must win over "aya".
    private static final List<String[]> SURNAME_ENDINGS = List.of(
            new String[] {"skaya", "sk"}, new String[] {"skaja", "sk"}, new String[] {"skiy", "sk"},
            new String[] {"skii", "sk"}, new String[] {"skij", "sk"}, new String[] {"sky", "sk"},
            new String[] {"ski", "sk"}, new String[] {"ova", "ov"},
            new String[] {"eva", "ev"}, new String[] {"yeva", "ev"}, new String[] {"ina", "in"},
            new String[] {"yna", "yn"});
    private static final List<String> PATRONYMIC_ENDINGS = List.of("ovich", "evich", "ovna", "evna",
            "ichna", "inichna", "ich", "uly", "ulu", "uli", "kyzy", "kizi", "qizi", "gyzy", "gizi", "ogly",
            "ogli", "oglu", "ugli", "ugly");

    private final Map<String, String> canonicalGiven;

    private NameForms(Map<String, String> canonicalGiven) {
        this.canonicalGiven = canonicalGiven;
    }

    /** Loads the short-form table, keying every entry with the same keys the records get. */
    public static NameForms load(NameKeys keys) {
        Map<String, String> map = new HashMap<>();
        try (var in = NameForms.class.getResourceAsStream("given-name-forms.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String canonical = keys.key(Folding.fold(line.substring(0, colon)));
                for (String variant : line.substring(colon + 1).split(",")) {
                    map.putIfAbsent(keys.key(Folding.fold(variant)), canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameForms(map);
    }

    /** Masculine stem of a surname key: Akhmetova, Akhmetov -> akhmetov; Kovalskaya -> kovalsk. */
    public String surnameStem(String key) {
        for (String[] ending : SURNAME_ENDINGS) {
            if (key.length() > ending[0].length() + 2 && key.endsWith(ending[0])) {
                return key.substring(0, key.length() - ending[0].length()) + ending[1];
            }
        }
        return key;
    }

    /** The father's given name in a patronymic key: serikovich, serikuly -> serik. */
    public String patronymicRoot(String key) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (key.length() > ending.length() + 1 && key.endsWith(ending)) {
                return givenCanonical(key.substring(0, key.length() - ending.length()));
            }
        }
        return givenCanonical(key);
    }

    /** The full form of a short given name key, or the key itself. */
    public String givenCanonical(String key) {
        return canonicalGiven.getOrDefault(key, key);
    }
}
