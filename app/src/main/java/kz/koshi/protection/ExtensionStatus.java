package kz.koshi.protection;

public enum ExtensionStatus {
    PENDING, APPROVED, REJECTED
}
