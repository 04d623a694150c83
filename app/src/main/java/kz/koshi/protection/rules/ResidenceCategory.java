package kz.koshi.protection.rules;

/**
 * The person's legal position in Kazakhstan on admission, which decides eligibility for special social
 * services (rule V4). A stateless person counts as a foreigner with the residence they hold.
 */
public enum ResidenceCategory {
    /** a citizen of Kazakhstan */
    CITIZEN,
    /** кандас (formerly оралман), whatever their residence */
    KANDAS,
    /** a foreigner or stateless person with a permanent residence permit (ВНЖ) */
    PERMANENT_RESIDENT,
    /** a foreigner or stateless person staying temporarily */
    TEMPORARY_RESIDENT,
    /** a foreign labour migrant (work permit or patent) */
    LABOUR_MIGRANT,
    /** a refugee or asylum seeker */
    REFUGEE
}
