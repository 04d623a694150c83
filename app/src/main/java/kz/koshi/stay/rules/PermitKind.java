package kz.koshi.stay.rules;

/** Permits that make work (and the stay for it) lawful. */
public enum PermitKind {
    /** L1: permit to a labour immigrant for household work, 1-3 months, 12-month cap. */
    DOMESTIC_WORKER(true),
    /** L4: employer's permit to bring in foreign labour, under the annual quota. */
    EMPLOYER_QUOTA(true),
    /** L8: intra-corporate transfer, no quota, 3 + 1 years. */
    INTRA_CORPORATE_TRANSFER(true),
    /** Residence permit (ВНЖ): lawful stay, work as a resident. */
    RESIDENCE(true);

    private final boolean allowsWork;

    PermitKind(boolean allowsWork) {
        this.allowsWork = allowsWork;
    }

    public boolean allowsWork() {
        return allowsWork;
    }
}
