package kz.koshi.kandas;

/** What an akimat reserves for a family expected in its region. */
public enum ReservationKind {
    HOUSING, SUPPORT
}
