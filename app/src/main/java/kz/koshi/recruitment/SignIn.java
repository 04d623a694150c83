package kz.koshi.recruitment;

/**
 * How an applicant account proves it speaks for its BIN. Only {@link #PASSWORD} is built; the company's digital
 * signature (NCALayer, as e-licensing does) is to replace it: the signed challenge's certificate carries the BIN,
 * so the account would be opened and signed in without a password and without the throttle's guesswork.
 */
public enum SignIn {
    PASSWORD,
    DIGITAL_SIGNATURE
}
