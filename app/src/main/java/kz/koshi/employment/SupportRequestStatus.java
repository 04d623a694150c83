package kz.koshi.employment;

/** What became of a request for employment support, as the career centre records it. */
public enum SupportRequestStatus {
    REQUESTED, IN_PROGRESS, EMPLOYED, WITHDRAWN
}
