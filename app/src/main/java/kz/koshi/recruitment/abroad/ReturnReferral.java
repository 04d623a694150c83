package kz.koshi.recruitment.abroad;

/**
 * A returning worker's referral to a career centre, from the person's line in the register: the region, a phone the
 * person agreed to share (optional) and the person's consent to the referral, which is required and recorded.
 */
public record ReturnReferral(String regionCode, String phone, Boolean consent) {

    boolean consented() {
        return Boolean.TRUE.equals(consent);
    }
}
