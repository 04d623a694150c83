package kz.koshi.recruitment.placement;

/** Where a labour agreement with a country stands; only one in force keeps a placement there unflagged. */
public enum AgreementStatus {
    IN_FORCE,
    UNDER_NEGOTIATION,
    NONE
}
