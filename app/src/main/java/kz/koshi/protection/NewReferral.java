package kz.koshi.protection;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A referral to a provider chosen by region, capacity and needs, with consent. An adult consents for
 * themselves and no representative is named; for a person under 18 the consent is the legal
 * representative's, whose name and relation to the child are then required.
 */
public record NewReferral(
        @NotBlank String toAgency,
        @NotEmpty Set<@NotNull ServiceType> needs,
        @AssertTrue(message = "{protection.referral.consent-required}") boolean consent,
        @Size(max = 200) String representativeName,
        RepresentativeRelation representativeRelation) {

    /** An adult's referral with their own consent. */
    public static NewReferral ownConsent(String toAgency, Set<ServiceType> needs) {
        return new NewReferral(toAgency, needs, true, null, null);
    }

    boolean representativeNamed() {
        return representativeName != null && !representativeName.isBlank();
    }
}
