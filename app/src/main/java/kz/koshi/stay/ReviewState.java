package kz.koshi.stay;

/** Where an expulsion review stands: waiting for the migration police, or decided one way or the other. */
enum ReviewState {
    PENDING,
    /** Expulsion is to be initiated in court (E2: expulsion only by court). */
    EXPEL,
    NO_EXPULSION
}
