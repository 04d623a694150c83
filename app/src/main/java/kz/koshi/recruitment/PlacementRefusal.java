package kz.koshi.recruitment;

/** Why a reported placement was refused. */
public enum PlacementRefusal {
    NO_VALID_LICENCE,
    DESTINATION_NOT_LICENSED,
    WORKER_UNDER_18,
    WORKER_NOT_A_CITIZEN,
    FEES_ABOVE_LIMIT,
    UNKNOWN_COUNTRY,
    CONTRACT_DATES
}
