package kz.koshi.protection;

import java.nio.file.Path;

import javax.crypto.SecretKey;

import kz.koshi.shared.SealKeys;

/**
 * Where the note key comes from: the configured {@code koshi.protection.note-key} (production: from the
 * environment, never from git); in the embedded demo only, a key generated on first start and kept in
 * the key file under ./data (which git ignores), so notes stay readable across restarts.
 */
final class NoteKeys {

    private NoteKeys() {
    }

    static SecretKey load(String configured, Path keyFile, boolean demo) {
        return SealKeys.load("koshi.protection.note-key", configured, keyFile, demo);
    }
}
