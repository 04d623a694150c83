package kz.koshi.kandas;

/** What a member needs for their health, as a choice (no free text about anyone's health is asked or kept). */
public enum HealthNeed {
    NONE, REGULAR_TREATMENT, DISABILITY, CARE_AT_HOME
}
