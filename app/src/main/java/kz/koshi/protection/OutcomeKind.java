package kz.koshi.protection;

/** The outcomes recorded on a case (W3.6-W3.7). */
@org.springframework.modulith.NamedInterface("events")
public enum OutcomeKind {
    DOCUMENTS_RESTORED, EMPLOYMENT_REFERRAL, REPATRIATION, COMPENSATION_CLAIM, CRIMINAL_CASE, DEPOSITED_TESTIMONY
}
