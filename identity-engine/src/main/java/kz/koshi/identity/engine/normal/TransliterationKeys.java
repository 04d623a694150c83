package kz.koshi.identity.engine.normal;

import kz.koshi.shared.translit.Scripts;

/**
 * The standard name keys: {@link Scripts#matchKey} (any script or passport/Kazakh/Uzbek Latin scheme to
 * one Latin key), words joined, since agencies split compound names differently (Абдул Азиз, Abdulaziz).
 */
public final class TransliterationKeys implements NameKeys {

    @Override
    public String key(String folded) {
        return Scripts.matchKey(folded).replace(" ", "");
    }
}
