package kz.koshi.recruitment;

/** A person behind an agency. */
public enum PersonRole {
    FOUNDER,
    MANAGER
}
