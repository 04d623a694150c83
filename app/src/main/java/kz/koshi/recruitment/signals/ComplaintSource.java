package kz.koshi.recruitment.signals;

/** Where a complaint against an agency came from. */
public enum ComplaintSource {
    PUBLIC_FORM,
    HOTLINE
}
