package kz.koshi.hotline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A call or message as the operator logs it. A contact is kept only with the caller's consent to be called back, and
 * consent needs a contact to call. {@code callerInDanger} flags the call to the police on duty at once.
 */
public record NewCall(
        @NotNull Channel channel,
        boolean anonymous,
        @NotNull SpokenLanguage callerLanguage,
        boolean callbackConsent,
        @Size(max = 200) String contact,
        @NotBlank @Size(max = 4000) String facts,
        @NotBlank @Size(max = 16) String regionCode,
        @NotNull CallClass classification,
        boolean namesVictim,
        boolean callerInDanger) {

    @JsonIgnore
    @AssertTrue(message = "{hotline.call.contact-without-consent}")
    public boolean isContactConsented() {
        return callbackConsent || contact == null || contact.isBlank();
    }

    @JsonIgnore
    @AssertTrue(message = "{hotline.call.contact-required}")
    public boolean isContactGiven() {
        return !callbackConsent || (contact != null && !contact.isBlank());
    }
}
