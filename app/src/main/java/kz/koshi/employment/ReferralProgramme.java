package kz.koshi.employment;

/**
 * The programme under which a person is referred to a career centre. Kept by the referring side only: the
 * career centre never learns it. {@link #VICTIM_SUPPORT} referrals come from protection, which keeps the
 * programme with the case; akimats and the labour ministry refer under the others.
 */
public enum ReferralProgramme {
    /** A citizen returning from abroad (after labour migration, a prison term abroad, ...). */
    RETURNING_CITIZEN,
    /** An ethnic Kazakh returnee (қандас). */
    KANDAS,
    /** A job seeker registered with an akimat's employment office. */
    AKIMAT_JOB_SEEKER,
    /** A presumed victim of trafficking, referred from their case. */
    VICTIM_SUPPORT;

    /** Whether akimats and the labour ministry refer under this programme (a victim's referral comes from the case). */
    public boolean referredByAgencies() {
        return this != VICTIM_SUPPORT;
    }
}
