package kz.koshi.hotline;

/** What a call is about, as the operator classifies it (issue 16; DOMAIN.md: about 30 % concern work abroad). */
public enum CallClass {
    WORK_ABROAD, POSSIBLE_TRAFFICKING, LABOUR_RIGHTS, MIGRATION_STATUS, MISSING_PERSON, OTHER
}
