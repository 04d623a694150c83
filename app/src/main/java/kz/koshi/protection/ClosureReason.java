package kz.koshi.protection;

/** Why a case was closed; together with the outcomes this is "the fate of every victim". */
@org.springframework.modulith.NamedInterface("events")
public enum ClosureReason {
    REINTEGRATED, EMPLOYED, REPATRIATED, SERVICE_PERIOD_ENDED, REFUSED_SERVICES, LOST_CONTACT, NOT_A_VICTIM
}
