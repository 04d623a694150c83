package kz.koshi.protection;

/** Who gave the consent to a referral: the person, or a child's legal representative. */
public enum ConsentGiver {
    PERSON,
    LEGAL_REPRESENTATIVE
}
