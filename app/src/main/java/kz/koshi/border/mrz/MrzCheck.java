package kz.koshi.border.mrz;

/** The check digits of an MRZ, each over its field(s). */
public enum MrzCheck {
    DOCUMENT_NUMBER, BIRTH_DATE, EXPIRY_DATE, OPTIONAL_DATA, COMPOSITE
}
