package kz.koshi.kandas;

/** A member's highest education. */
public enum Education {
    NONE, PRIMARY, SECONDARY, VOCATIONAL, HIGHER
}
