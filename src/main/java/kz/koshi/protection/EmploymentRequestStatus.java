package kz.koshi.protection;

public enum EmploymentRequestStatus {
    REQUESTED, IN_PROGRESS, EMPLOYED, WITHDRAWN
}
