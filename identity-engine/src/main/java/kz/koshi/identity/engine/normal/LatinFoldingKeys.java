package kz.koshi.identity.engine.normal;

import java.text.Normalizer;

/**
 * Name keys for Latin-script data only (FEBRL, RLdata): strips diacritics and spaces. A stand-in used
 * where no transliteration is wanted; cross-script keys come from {@code kz.koshi.shared.translit}.
 */
public final class LatinFoldingKeys implements NameKeys {

    @Override
    public String key(String folded) {
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
