package kz.koshi.identity.cli;

import kz.koshi.identity.engine.normal.NameKeys;
import kz.koshi.identity.engine.normal.TransliterationKeys;

/** The name keys the commands use: transliteration-aware, so Cyrillic and Latin records meet. */
public final class StandardNameKeys {

    private StandardNameKeys() {
    }

    public static NameKeys get() {
        return new TransliterationKeys();
    }
}
