package kz.koshi.protection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

/** The provider accepts a referral, or declines it with a reason. */
public record ReferralDecision(boolean accept, DeclineReason reason) {

    @JsonIgnore
    @AssertTrue(message = "{protection.referral.reason-required}")
    public boolean isReasonGiven() {
        return accept || reason != null;
    }
}
