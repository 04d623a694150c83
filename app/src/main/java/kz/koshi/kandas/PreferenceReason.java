package kz.koshi.kandas;

/** Why the family prefers the regions it named. */
public enum PreferenceReason {
    RELATIVES, WORK, HOUSING, CLIMATE, EDUCATION, OTHER
}
