package kz.koshi.kandas.engine;

/** Support an akimat offers newcomers besides housing places. */
public enum SupportKind {
    RELOCATION_GRANT, JOB_TRAINING, LANGUAGE_COURSES, ADAPTATION_CENTRE, HOUSING_SUBSIDY
}
