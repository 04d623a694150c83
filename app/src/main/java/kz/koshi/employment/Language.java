package kz.koshi.employment;

/** A language the person speaks, as the referral gives it to the career centre. */
public enum Language {
    KAZAKH, RUSSIAN, ENGLISH, UZBEK, KYRGYZ, TAJIK, TURKMEN, CHINESE
}
