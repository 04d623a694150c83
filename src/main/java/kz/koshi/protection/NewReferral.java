package kz.koshi.protection;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** A referral to a provider chosen by region, capacity and needs; the person's consent is recorded. */
public record NewReferral(
        @NotBlank String toAgency,
        @NotEmpty Set<ServiceType> needs,
        @AssertTrue(message = "{protection.referral.consent-required}") boolean consent) {
}
