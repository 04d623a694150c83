package kz.koshi.protection;

/** Why a provider declined a referral: a code, so no free text with personal data travels with it. */
public enum DeclineReason {
    NO_CAPACITY, NEEDS_NOT_MET, OUTSIDE_AREA, PERSON_DECLINED, OTHER
}
