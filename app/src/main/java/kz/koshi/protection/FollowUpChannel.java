package kz.koshi.protection;

public enum FollowUpChannel {
    VISIT, PHONE, MESSAGE, THROUGH_PARTNER
}
