package kz.koshi.protection.guardianship;

/**
 * A measure a guardianship authority takes for a child victim (Code on Marriage and Family): a temporary placement in
 * an organisation for children left without parental care, a foster family, a guardian or trustee appointed, the child
 * returned to the family after the authority checked the living conditions, or the child's legal representation in
 * criminal proceedings.
 */
public enum GuardianshipMeasure {
    TEMPORARY_PLACEMENT, FOSTER_FAMILY, GUARDIAN_APPOINTED, RETURNED_TO_FAMILY_WITH_CHECK, LEGAL_REPRESENTATION
}
