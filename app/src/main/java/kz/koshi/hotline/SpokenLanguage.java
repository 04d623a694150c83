package kz.koshi.hotline;

/** The caller's language: the hotline answers in Kazakh and Russian (DOMAIN.md); others as interpreters allow. */
public enum SpokenLanguage {
    KAZAKH, RUSSIAN, ENGLISH, UZBEK, KYRGYZ, TAJIK, OTHER
}
