package kz.koshi.border;

/** Which way a crossing goes. */
public enum Direction {
    ENTRY, EXIT
}
