package kz.koshi.protection.caseload;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import kz.koshi.shared.translit.Scripts;

/**
 * A name typed in Cyrillic or Latin against the registry's name, through the shared matching key: every word typed
 * must begin a word of the name (Айгерим finds AIGERIM, aiger finds Айгерим Сейтова).
 */
final class NameMatch {

    private final List<String> typed;
    private final Function<String, Optional<String>> nameOf;

    NameMatch(String text, Function<String, Optional<String>> nameOf) {
        this.typed = keys(text);
        this.nameOf = nameOf;
    }

    boolean matches(String personNumber) {
        if (typed.isEmpty()) {
            return false;
        }
        List<String> name = nameOf.apply(personNumber).map(NameMatch::keys).orElse(List.of());
        return typed.stream().allMatch(word -> name.stream().anyMatch(part -> part.startsWith(word)));
    }

    private static List<String> keys(String text) {
        return Arrays.stream(text.strip().split("[\\s,.-]+")).filter(w -> !w.isBlank()).map(Scripts::matchKey)
                .filter(k -> !k.isBlank()).toList();
    }
}
