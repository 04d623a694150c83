package kz.koshi.kandas;

import java.util.Set;

/** Languages a member speaks: Kazakh and Russian, and those of the countries kandas mostly come from. */
public enum Language {
    KAZAKH, RUSSIAN, ENGLISH, UZBEK, CHINESE, MONGOLIAN, TURKMEN, KYRGYZ, PERSIAN, TURKISH;

    /** Whether the language is one of the two everyone in Kazakhstan meets at work and in offices. */
    public static boolean anyLocal(Set<Language> spoken) {
        return spoken.contains(KAZAKH) || spoken.contains(RUSSIAN);
    }
}
