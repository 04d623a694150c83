package kz.koshi.kandas;

/** A survey is a draft until the family sends it; a sent survey is not changed by sending it again. */
public enum SurveyStatus {
    DRAFT, SUBMITTED
}
