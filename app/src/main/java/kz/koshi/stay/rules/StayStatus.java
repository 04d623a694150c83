package kz.koshi.stay.rules;

/** A person's legal status on a date, from the most to the least serious. */
public enum StayStatus {
    EXPULSION_ORDERED, OVERSTAY, REGISTRATION_OVERDUE, REGISTRATION_DUE, LEGAL, NOT_PRESENT, CITIZEN
}
