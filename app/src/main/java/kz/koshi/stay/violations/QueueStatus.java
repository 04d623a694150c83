package kz.koshi.stay.violations;

/** Which violations the queue lists: the open ones (to be handled) or those already handled. */
public enum QueueStatus {
    OPEN, HANDLED
}
