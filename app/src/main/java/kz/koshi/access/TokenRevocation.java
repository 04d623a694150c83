package kz.koshi.access;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The administrator's confirmed revocation of a token: it cannot be undone, so a reason and a tick are required. */
record TokenRevocation(@NotBlank(message = "{token.revoke.reason.required}") @Size(max = 500) String reason,
                       @NotNull(message = "{form.confirm.required}") @AssertTrue(message = "{form.confirm.required}") Boolean confirmed) {

    static TokenRevocation blank() {
        return new TokenRevocation("", false);
    }
}
