package kz.koshi.recruitment.placement;

/** The pre-departure orientation topics (seed 004: rights at work, legal status, sending money home). */
public enum OrientationTopic {
    RIGHTS_AT_WORK,
    LEGAL_STATUS,
    SENDING_MONEY_HOME
}
