package kz.koshi.protection;

/** The eight types of special social services under the Social Code (seed 001; R~L11849). */
public enum ServiceType {
    /** социально-бытовые */
    SOCIAL_EVERYDAY,
    /** социально-медицинские */
    MEDICAL,
    /** социально-психологические */
    PSYCHOLOGICAL,
    /** социально-педагогические */
    PEDAGOGICAL,
    /** социально-трудовые */
    LABOUR,
    /** социально-культурные */
    CULTURAL,
    /** социально-экономические */
    ECONOMIC,
    /** социально-правовые */
    LEGAL
}
