package kz.koshi.stay;

/**
 * Why removal is suspended, as stay learnt it from protection's events: kept only to end the right period, never
 * shown to anyone (a suspension is shown as "removal suspended", without a reason).
 */
enum SuspensionGround {
    /** A reflection period (V5). */
    REFLECTION,
    /** Special social services (V3). */
    SOCIAL_SERVICES,
    /** A criminal case in which the person is a victim, while it runs. */
    CRIMINAL_CASE
}
