package kz.koshi.identity.engine.normal;

/**
 * Maps a name written in any script or transliteration scheme to one Latin match key, so that
 * IUSUPOV, Юсупов and Yusupov meet. The engine owns no transliteration of its own: the implementation
 * comes from {@code kz.koshi.shared.translit}.
 */
@FunctionalInterface
public interface NameKeys {

    /** @param folded a name already NFC-normalised, lower-cased and stripped of punctuation */
    String key(String folded);
}
