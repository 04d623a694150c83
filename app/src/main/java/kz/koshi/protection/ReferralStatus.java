package kz.koshi.protection;

public enum ReferralStatus {
    PENDING, ACCEPTED, DECLINED
}
