package kz.koshi.employment;

/** A way to reach the person that they agreed the career centre may use. */
public enum ContactChannel {
    PHONE, EMAIL
}
