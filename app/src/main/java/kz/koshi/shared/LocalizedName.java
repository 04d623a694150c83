package kz.koshi.shared;

import java.util.Locale;
import java.util.Objects;

import kz.koshi.shared.translit.Scripts;
import kz.koshi.shared.translit.TransliterationScheme;

/** A name in the platform's three languages; Russian is the default and the fallback. */
public record LocalizedName(String ru, String kk, String en) {

    public LocalizedName {
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return switch (locale == null ? "ru" : locale.getLanguage()) {
            case "kk" -> "Latn".equals(locale.getScript()) ? Scripts.toLatin(kk, TransliterationScheme.KAZAKH_LATIN_2021) : kk;
            case "en" -> en;
            default -> ru;
        };
    }
}
