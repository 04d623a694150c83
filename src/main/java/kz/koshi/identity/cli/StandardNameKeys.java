package kz.koshi.identity.cli;

import kz.koshi.identity.engine.normal.LatinFoldingKeys;
import kz.koshi.identity.engine.normal.NameKeys;

/** The name keys the commands use. */
public final class StandardNameKeys {

    private StandardNameKeys() {
    }

    public static NameKeys get() {
        return new LatinFoldingKeys();
    }
}
